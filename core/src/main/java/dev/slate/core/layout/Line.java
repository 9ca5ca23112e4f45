package dev.slate.core.layout;

import dev.slate.core.StyledText;
import dev.slate.core.internal.Checks;

/**
 * A piece of text placed on a page. Several lines may share a row (a scene number beside its
 * heading, the two columns of dual dialogue).
 *
 * @param row   the line slot, 0 for the first text line (1.0 in from the top), one slot per 12 pt
 * @param kind  what the line shows
 * @param x     inches from the left edge of the paper: where the text starts ({@link Align#LEFT}),
 *              ends ({@link Align#RIGHT}) or is centred ({@link Align#CENTER})
 * @param align how the text sits at {@code x}
 * @param text  the text with its styles, already wrapped to fit
 * @param scene the index of the scene in {@link dev.slate.core.Screenplay#scenes()}, or -1 before the
 *              first scene
 * @param element the index of the element the line shows in its scene's {@link dev.slate.core.Scene#elements()}
 *              (before the first scene, in {@link dev.slate.core.Screenplay#preamble()}), a dialogue's
 *              {@code (MORE)} and {@code (CONT'D)} cue included; -1 for a scene heading, its number and the
 *              {@code CONTINUED} markers. Two transitions in a row print as one block, both counted as the first.
 *
 * @since 0.1.0
 */
public record Line(int row, LineKind kind, double x, Align align, StyledText text, int scene, int element) {

    /** How a line sits at its x position. */
    public enum Align {
        LEFT, RIGHT, CENTER
    }

    public Line {
        Checks.notNegative(row, "row");
        Checks.notNull(kind, "kind");
        Checks.notNull(align, "align");
        Checks.notNull(text, "text");
    }

    /** A line that shows no element of the script: a scene heading, a marker the layout adds. */
    public Line(int row, LineKind kind, double x, Align align, StyledText text, int scene) {
        this(row, kind, x, align, text, scene, -1);
    }

    /** The column where the text starts, in characters from the left edge of the paper (10 an inch). */
    public double column() {
        double start = switch (align) {
            case LEFT -> x;
            case RIGHT -> x - text.length() * Paper.CHARACTER_WIDTH;
            case CENTER -> x - text.length() * Paper.CHARACTER_WIDTH / 2;
        };
        return start / Paper.CHARACTER_WIDTH;
    }
}
