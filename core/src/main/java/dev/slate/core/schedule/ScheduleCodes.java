package dev.slate.core.schedule;

import java.util.Set;

/**
 * The codes of the problems {@link ScheduleCheck} reports (documented in docs/schedule.md).
 *
 * @since 0.1.0
 */
public final class ScheduleCodes {

    /** Error: a {@code [[DAY ...]]} note with a field that cannot be read. */
    public static final String MALFORMED_DAY = "malformed-day";
    /** Warning: two day notes have the same number. */
    public static final String DUPLICATE_DAY = "duplicate-day";
    /** Error: a day names a scene the script does not have. */
    public static final String UNKNOWN_SCENE = "unknown-scheduled-scene";
    /** Error: a day names a shot or setup its scene does not have. */
    public static final String UNKNOWN_SHOT = "unknown-scheduled-shot";
    /** Warning: a scene or shot is scheduled more than once. */
    public static final String SCHEDULED_TWICE = "scheduled-twice";
    /** Warning: a scene or shot is not scheduled, while the script has a schedule. */
    public static final String NOT_SCHEDULED = "not-scheduled";
    /** Warning: a day runs longer than its planned length. */
    public static final String OVERTIME = "overtime";
    /** Warning: a day changes location with no company move between the two scenes. */
    public static final String MISSING_MOVE = "missing-company-move";
    /** Warning: a shot is scheduled before the entry that lights its camera setup. */
    public static final String SHOT_BEFORE_SETUP = "shot-before-setup";

    private ScheduleCodes() {
    }

    /** Every code above. */
    public static Set<String> all() {
        return Set.of(MALFORMED_DAY, DUPLICATE_DAY, UNKNOWN_SCENE, UNKNOWN_SHOT, SCHEDULED_TWICE, NOT_SCHEDULED,
                OVERTIME, MISSING_MOVE, SHOT_BEFORE_SETUP);
    }
}
