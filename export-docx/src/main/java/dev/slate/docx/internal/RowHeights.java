package dev.slate.docx.internal;

/**
 * How tall the shot list's rows and paragraphs print, in twips, estimated from the column widths,
 * Arial's advance widths ({@link TextWidths}), the styles' sizes and spacing, and the table's cell
 * margins and rules. Text wraps by words as a word processor wraps it; a word wider than its cell
 * (only when the longest words alone overflow the page, {@link ColumnWidths}) takes the lines its
 * letters need. Estimates err on the tall side.
 */
final class RowHeights {

    /**
     * A line's height as a share of the font size: Liberation Sans' ascent, descent and line gap
     * (2,355 of 2,048 units, 1.150 em), which Word and LibreOffice both use for single spacing.
     */
    static final double LINE = 1.15;
    /** The tick box prints in a fallback font (DejaVu Sans, 1.164 em), a little taller than Arial. */
    private static final double SYMBOL_LINE = 1.17;
    /** Top and bottom cell margins ({@link TableFrame}). */
    private static final int CELL_MARGINS = 60;
    /** Left and right cell margins. */
    private static final int SIDE_MARGINS = 120;
    /** The rule between two rows (½ pt), counted whole for each row. */
    private static final int ROW_RULE = 10;
    /** The scene row's rules: 2¼ pt above and 1 pt below. */
    private static final int SCENE_RULES = 65;
    /** An empty frame's border (¾ pt) and its 4 pt of space, above and below. */
    private static final int FRAME_BORDERS = 2 * (15 + 80);

    private final int[] widths;
    private final int total;

    RowHeights(int[] widths) {
        this.widths = widths.clone();
        this.total = TableFrame.total(widths);
    }

    /** A row of one cell per column, each in its style. */
    int row(DocxStyles[] styles, String[] texts) {
        int tallest = 0;
        for (int c = 0; c < texts.length; c++) {
            tallest = Math.max(tallest, cell(c, styles[c], texts[c]));
        }
        return rowOf(tallest);
    }

    /** The text of one cell of column {@code c}, without margins. */
    int cell(int c, DocxStyles style, String text) {
        if (style == DocxStyles.TICK) {
            return line(style.points() * SYMBOL_LINE);
        }
        return lines(text, style.points(), style.bold(), widths[c] - SIDE_MARGINS) * line(style.points() * LINE);
    }

    /** A cell that holds a picture {@code heightPt} tall on a line of its own, without margins. */
    static int picture(double heightPt) {
        return line(heightPt + DocxStyles.CELL.points() * (LINE - 1 + 0.25));
    }

    /** An empty frame labelled with a path, in column {@code c}, without margins. */
    int frame(int c, String label) {
        return (2 + lines(label, DocxStyles.CELL.points(), false, widths[c] - SIDE_MARGINS - 2 * 95))
                * line(DocxStyles.CELL.points() * LINE) + FRAME_BORDERS;
    }

    /** The tallest of a row's cells plus margins and the rule: for a row whose cells were measured one by one. */
    static int rowOf(int tallestCell) {
        return tallestCell + CELL_MARGINS + ROW_RULE;
    }

    /** A row of one cell across the table, in a style; bold for the totals that end a day or the list. */
    int span(DocxStyles style, String text, boolean bold) {
        return lines(text, style.points(), bold || style.bold(), total - SIDE_MARGINS) * line(style.points() * LINE)
                + CELL_MARGINS + ROW_RULE;
    }

    /** The scene row: its heavy rules, and the text counted bold throughout, as the heading part is. */
    int scene(String text) {
        return span(DocxStyles.SCENE, text, true) + SCENE_RULES;
    }

    /** A paragraph outside the tables, as wide as the text, with its style's spacing after. */
    int paragraph(DocxStyles style, String text, boolean bold) {
        return lines(text, style.points(), bold || style.bold(), total) * line(style.points() * LINE)
                + style.spaceAfterTwips();
    }

    /** An empty paragraph in a style (the spacer between tables). */
    static int empty(DocxStyles style) {
        return line(style.points() * LINE) + style.spaceAfterTwips();
    }

    private static int line(double points) {
        return (int) Math.ceil(points * 20);
    }

    /** The lines a text takes at a width in twips: each of its lines wrapped by words. */
    static int lines(String text, double points, boolean bold, int width) {
        // measured in thousandths of an em, as the font's advances are
        double line = width / TextWidths.twips(1000, points, bold) * 1000;
        int space = TextWidths.em(" ", 0, 1);
        int lines = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '\n';
            if (ch == '\n' || ch == '\r') {
                lines += wrapped(text, from, i, line, space);
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        return Math.max(1, lines);
    }

    private static int wrapped(String text, int from, int to, double width, int space) {
        int lines = 1;
        double x = 0;
        boolean lineEmpty = true;
        int word = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                continue;
            }
            if (i == word && i < to && !lineEmpty) {
                x += space; // a run of spaces
            } else if (i > word) {
                int w = TextWidths.em(text, word, i);
                if (!lineEmpty && x + space + w > width) {
                    lines++;
                    x = 0;
                    lineEmpty = true;
                }
                if (lineEmpty) {
                    // A word wider than the cell breaks between its letters.
                    int extra = width > 0 ? Math.max(0, (int) Math.ceil(w / width) - 1) : 0;
                    lines += extra;
                    x = w - extra * width;
                    lineEmpty = false;
                } else {
                    x += space + w;
                }
            }
            word = i + 1;
        }
        return lines;
    }
}
