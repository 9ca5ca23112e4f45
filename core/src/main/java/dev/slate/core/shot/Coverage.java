package dev.slate.core.shot;

/**
 * The script elements of its scene that a shot covers: indexes into {@link dev.slate.core.Scene#elements()},
 * {@code first} to {@code last}, both included. Shots overlap freely: a master may cover the whole
 * scene while close-ups cover parts of it.
 *
 * @since 0.1.0
 */
public record Coverage(int first, int last) {

    public Coverage {
        if (first < 0) {
            throw new IllegalArgumentException("coverage first element must not be negative, got " + first);
        }
        if (last < first) {
            throw new IllegalArgumentException("coverage must end at or after its start, got " + first + "-" + last);
        }
    }

    /** A single element. */
    public static Coverage of(int element) {
        return new Coverage(element, element);
    }

    public boolean contains(int element) {
        return element >= first && element <= last;
    }
}
