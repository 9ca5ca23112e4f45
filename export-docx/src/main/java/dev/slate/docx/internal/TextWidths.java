package dev.slate.docx.internal;

/**
 * How wide text prints in Arial (and its metric twins Helvetica and Liberation Sans), from the
 * font's advance widths, so that column widths can follow content without a font on the machine.
 */
final class TextWidths {

    /** Advance widths of the printable ASCII characters, space to tilde, in thousandths of an em. */
    private static final short[] ASCII = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};    // p to ~
    /** Bold Arial runs about a tenth wider than regular. */
    private static final double BOLD = 1.1;

    private TextWidths() {
    }

    /** The printed width of a text in twips (1/20 pt) at a size in points. */
    static double twips(CharSequence text, double points, boolean bold) {
        return twips(em(text, 0, text.length()), points, bold);
    }

    /** The printed width in twips of {@code em} thousandths of an em at a size in points. */
    static double twips(int em, double points, boolean bold) {
        return em / 1000.0 * points * 20 * (bold ? BOLD : 1);
    }

    /** The advance of the characters {@code from} to {@code to} of a text, in thousandths of an em. */
    static int em(CharSequence text, int from, int to) {
        int em = 0;
        for (int i = from; i < to; i++) {
            em += advance(text.charAt(i));
        }
        return em;
    }

    private static int advance(char c) {
        if (c >= ' ' && c <= '~') {
            return ASCII[c - ' '];
        }
        if (Character.isIdeographic(c) || c >= '\u3000' && c <= '\u30FF' || c >= '\uAC00' && c <= '\uD7AF'
                || c >= '\uFF00' && c <= '\uFFEF') {
            return 1000; // CJK and full-width forms are square
        }
        return 600; // accented Latin, Cyrillic, symbols: a little wider than average, to be safe
    }
}
