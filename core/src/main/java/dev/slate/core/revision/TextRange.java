package dev.slate.core.revision;

/**
 * A range of characters in an element's compared text ({@link ScriptComparison#text}), from
 * {@code start} included to {@code end} excluded.
 *
 * @since 0.1.0
 */
public record TextRange(int start, int end) {

    /** Checks that the range is well formed. */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("text range must have 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** Whether this range shares a character with {@code start..end}. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
