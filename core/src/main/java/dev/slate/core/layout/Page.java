package dev.slate.core.layout;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * A script page (the title page is not one of them).
 *
 * @param number 1 for the first script page
 * @param lines  the lines in reading order: by row, except that the left column of a dual dialogue
 *               comes before its right column
 *
 * @since 0.1.0
 */
public record Page(int number, List<Line> lines) {

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, got " + number);
        }
        lines = Checks.listOf(lines, "lines");
    }

    /** The page number as printed at the top right, {@code "2."}; none on the first page. */
    public Optional<String> numberLabel() {
        return number == 1 ? Optional.empty() : Optional.of(number + ".");
    }

    /** The number of rows in use: the last row plus one, 0 for an empty page. */
    public int rowsUsed() {
        int rows = 0;
        for (Line line : lines) {
            rows = Math.max(rows, line.row() + 1);
        }
        return rows;
    }
}
