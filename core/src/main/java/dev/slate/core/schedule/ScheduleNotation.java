package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.DayParser;
import dev.slate.core.schedule.internal.DayWriter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Fountain notation of a shooting day: one note per day, anywhere in the file, which every
 * other Fountain tool hides.
 *
 * <pre>
 * [[DAY 1: Mon 2027-03-01 | call 07:00 | 12h | scenes 1, 2 | meal 60 min | move 30 min to SCHOOL
 *   | scene 3: shots 3, 3A | scene 4: setup B (45 min)]]
 * </pre>
 *
 * The first field is {@code DAY n}, with the date after a colon (the weekday is optional and, when
 * written, checked). The other fields, in any order for the day's own values and in shooting order
 * for the work: {@code call HH:MM}, the planned length ({@code 12h}, {@code 10h30}), {@code unit
 * NAME}, {@code scene N} (optionally {@code : shots A, B} or {@code : setups A, B}, and {@code (90
 * min)} to plan its minutes by hand), {@code scenes N, N, N} for several whole scenes, {@code meal
 * N min} (or {@code lunch}), {@code move N min} with an optional {@code to PLACE}. Keywords are read
 * in any case; a backslash makes the next character literal.
 *
 * @since 0.1.0
 */
public final class ScheduleNotation {

    private static final Pattern DAY = Pattern.compile("DAY\\s+\\d+\\s*(?::.*|\\|.*)?", Pattern.DOTALL);

    private ScheduleNotation() {
    }

    /** Whether a note's text (without its brackets) is a shooting day: {@code DAY 3}, then {@code :} or {@code |} or nothing. */
    public static boolean isDay(String note) {
        Checks.notNull(note, "note");
        return DAY.matcher(note.strip()).matches();
    }

    /**
     * A day in the notation, the text of its note without the brackets: the day's own fields on the
     * first line, then the work, on further lines when there is much of it.
     */
    public static String format(ShootingDay day) {
        Checks.notNull(day, "day");
        return DayWriter.format(day);
    }

    /** Reads a day note's text (without the brackets). */
    public static Reading read(String note) {
        Checks.notNull(note, "note");
        return DayParser.parse(note);
    }

    /**
     * What a day note reads as.
     *
     * @param day    the day, empty when the note cannot be read as one
     * @param issues what is wrong in it, each at an offset into the note's text
     */
    public record Reading(Optional<ShootingDay> day, List<Issue> issues) {
        /** Checks the fields. */
        public Reading {
            Checks.notNull(day, "day");
            issues = Checks.listOf(issues, "issues");
        }
    }

    /**
     * A mistake in a day note.
     *
     * @param offset  where in the note's text (0 is its first character)
     * @param message what is wrong and how to write it
     */
    public record Issue(int offset, String message) {
        /** Checks the fields. */
        public Issue {
            Checks.notNegative(offset, "offset");
            Checks.notBlank(message, "message");
        }
    }
}
