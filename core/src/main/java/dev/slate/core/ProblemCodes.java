package dev.slate.core;

/**
 * The stable codes of the problems {@link Screenplay#validate()} reports, for tools that filter or
 * suppress them. A code never changes meaning; new checks get new codes.
 *
 * @since 0.1.0
 */
public final class ProblemCodes {

    /** Error: two scenes carry the same number. */
    public static final String DUPLICATE_SCENE_NUMBER = "duplicate-scene-number";
    /** Error: two shots of a scene carry the same number (ignoring case, as on a slate). */
    public static final String DUPLICATE_SHOT_NUMBER = "duplicate-shot-number";
    /** Error: a shot's subject is neither in the cast (by name or alias) nor speaks in the scene. */
    public static final String UNKNOWN_SUBJECT = "unknown-subject";
    /** Error: a shot covers elements past the end of its scene. */
    public static final String COVERAGE_OUTSIDE_SCENE = "coverage-outside-scene";
    /** Error: a dialogue block has no speech, or only blank speech. */
    public static final String EMPTY_DIALOGUE = "empty-dialogue";
    /** Error: a lens focal length below 1 mm or above 2000 mm. */
    public static final String LENS_OUT_OF_RANGE = "lens-out-of-range";
    /** Error: a frame rate is below 1 or above 1000 frames per second. */
    public static final String FRAME_RATE_OUT_OF_RANGE = "frame-rate-out-of-range";
    /** Error: a scene heading has a prefix ({@code INT.}) but no location. */
    public static final String EMPTY_LOCATION = "empty-location";
    /** Error: a check could not run on this document; the message says which. Reported, never thrown. */
    public static final String CHECK_FAILED = "check-failed";

    /** Warning: a scene has no elements and is not marked OMITTED. */
    public static final String EMPTY_SCENE = "empty-scene";
    /** Warning: a scene number comes before the number of an earlier scene. */
    public static final String SCENE_NUMBER_ORDER = "scene-number-order";
    /** Warning: a scene has no number while other scenes have one. */
    public static final String UNNUMBERED_SCENE = "unnumbered-scene";
    /** Warning: a scene is marked locked but has no number to keep. */
    public static final String LOCKED_WITHOUT_NUMBER = "locked-without-number";
    /** Warning: a scene heading has a prefix but no time of day (DAY, NIGHT...), which scheduling needs. */
    public static final String MISSING_TIME_OF_DAY = "missing-time-of-day";
    /** Warning: a character speaks who is not in the cast, while the screenplay has a cast. */
    public static final String UNCAST_CHARACTER = "uncast-character";
    /** Warning: two cast members answer to the same name or alias. */
    public static final String DUPLICATE_CAST_MEMBER = "duplicate-cast-member";
    /** Warning: two cast members are given the same cast number; the later one is numbered as if it had none. */
    public static final String DUPLICATE_CAST_NUMBER = "duplicate-cast-number";
    /**
     * Warning: a shot has no shooting (or setup) estimate while other shots have one, so totals come
     * out short.
     */
    public static final String MISSING_ESTIMATE = "missing-estimate";
    /**
     * Warning: dialogue or action that no planned shot covers, while the screenplay has a shot plan.
     * Reported by {@code slate check} from {@link dev.slate.core.report.CoverageReport}.
     */
    public static final String UNCOVERED = "uncovered";
    /** Warning: a shot has no camera setup id while other shots have one, so it cannot be scheduled by setup. */
    public static final String MISSING_SETUP = "missing-setup";

    /**
     * Warning: a shot's storyboard cannot be shown (missing, refused, unreadable, too large); it
     * prints as an empty frame. Reported by {@code slate check} and the shot-list renderers, which
     * read the files; {@link Screenplay#validate()} does not.
     */
    public static final String BAD_STORYBOARD = "bad-storyboard";
    /** Warning: a shot heading (a camera direction in the script text) has no text. */
    public static final String EMPTY_SHOT_HEADING = "empty-shot-heading";
    /** Warning: a shot heading stands before the first scene, so no scene is there for the camera to be in. */
    public static final String SHOT_HEADING_OUTSIDE_SCENE = "shot-heading-outside-scene";

    private ProblemCodes() {
    }
}
