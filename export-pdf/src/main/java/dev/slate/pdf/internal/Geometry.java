package dev.slate.pdf.internal;

import dev.slate.core.layout.Paper;

/** Page positions in PDF points: inches times 72, y measured up from the bottom of the paper. */
final class Geometry {

    static final float FONT_SIZE = 12;
    /** From the top of a 12 pt line slot down to the baseline of its Courier text. */
    static final float BASELINE = 9.6f;

    private Geometry() {
    }

    static float points(double inches) {
        return (float) (inches * Paper.POINTS_PER_INCH);
    }

    /** The baseline of text whose line slot starts {@code inchesFromTop} below the top of the paper. */
    static float baseline(Paper paper, double inchesFromTop) {
        return points(paper.height() - inchesFromTop) - BASELINE;
    }

    /** The baseline of a layout row. */
    static float rowBaseline(Paper paper, int row) {
        return baseline(paper, Paper.TOP_MARGIN + row * Paper.LINE_HEIGHT);
    }
}
