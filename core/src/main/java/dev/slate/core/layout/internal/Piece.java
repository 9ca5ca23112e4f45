package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;

/** Text placed in a row, before the row number is known. {@code right} marks a dual dialogue's right column. */
record Piece(LineKind kind, double x, Line.Align align, StyledText text, boolean right) {

    static Piece left(LineKind kind, double x, StyledText text) {
        return new Piece(kind, x, Line.Align.LEFT, text, false);
    }

    /** The same placement with other text: a row re-wrapped after a page break. */
    Piece withText(StyledText other) {
        return new Piece(kind, x, align, other, right);
    }

    Line at(int row, int scene, int element) {
        return at(row, scene, element, text);
    }

    /** The line of this placement with other text: a wrapped row's, cut when it is laid. */
    Line at(int row, int scene, int element, StyledText other) {
        return new Line(row, kind, x, align, other, scene, element);
    }
}
