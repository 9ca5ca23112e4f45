package dev.slate.core.layout;

import dev.slate.core.internal.Checks;

import java.time.Duration;

/**
 * How long a scene is on the page: its lines counted in eighths of a page, rounded up, at least one
 * eighth. One page is about one minute of screen time.
 *
 * @param scene     the index of the scene in {@link dev.slate.core.Screenplay#scenes()}
 * @param number    the scene number as given, or its position (1, 2, 3...) when none is given
 * @param heading   the heading as written
 * @param firstPage the script page where the scene starts
 * @param lines     the lines it takes, blank lines between its elements included
 * @param eighths   its length in eighths of a page
 *
 * @since 0.1.0
 */
public record SceneLength(int scene, String number, String heading, int firstPage, int lines, int eighths) {

    /** A page runs about one minute on screen, so an eighth about 7.5 seconds. */
    private static final Duration EIGHTH = Duration.ofMillis(7500);

    public SceneLength {
        Checks.notNegative(scene, "scene");
        Checks.notBlank(number, "number");
        Checks.notNull(heading, "heading");
        Checks.notNegative(lines, "lines");
        if (eighths < 1) {
            throw new IllegalArgumentException("eighths must be at least 1, got " + eighths);
        }
    }

    /** The eighths of a page for a number of lines on pages of {@code linesPerPage} lines. */
    public static int eighths(int lines, int linesPerPage) {
        return Math.max(1, (lines * 8 + linesPerPage - 1) / linesPerPage);
    }

    /** Eighths written as on a breakdown sheet: {@code 3/8}, {@code 1}, {@code 1 3/8}. */
    public static String format(int eighths) {
        int pages = eighths / 8;
        int rest = eighths % 8;
        if (rest == 0) {
            return Integer.toString(pages);
        }
        return (pages == 0 ? "" : pages + " ") + rest + "/8";
    }

    /** The length as written on a breakdown sheet, {@code 1 3/8}. */
    public String pages() {
        return format(eighths);
    }

    /** Estimated screen time: one minute a page, 7.5 seconds an eighth. */
    public Duration screenTime() {
        return screenTime(eighths);
    }

    /** The estimated screen time of a length in eighths of a page: one minute a page, 7.5 seconds an eighth. */
    public static Duration screenTime(int eighths) {
        return EIGHTH.multipliedBy(eighths);
    }
}
