package dev.slate.core.layout;

/**
 * A paper size and the screenplay geometry that goes with it. Positions are in inches from the left
 * edge of the paper; text is Courier 12 pt, 10 characters an inch, 6 lines an inch, the first line
 * 1 inch from the top.
 *
 * @since 0.1.0
 */
public enum Paper {
    /** US Letter, 8.5 × 11 in: 55 lines, 61 characters of action. The default. */
    LETTER(8.5, 11.0, 55, 61, 7.7),
    /** A4, 210 × 297 mm: 57 lines, 58 characters of action. */
    A4(210 / 25.4, 297 / 25.4, 57, 58, 7.4);

    /** Points per inch. */
    public static final double POINTS_PER_INCH = 72;
    /** Width of one Courier 12 character in inches. */
    public static final double CHARACTER_WIDTH = 0.1;
    /** Height of one line in inches. */
    public static final double LINE_HEIGHT = 1.0 / 6;
    /** Distance of the first text line from the top of the paper, in inches. */
    public static final double TOP_MARGIN = 1.0;
    /** The left text edge, where headings and action start, in inches. */
    public static final double LEFT_MARGIN = 1.5;
    /** Distance of the page number from the top of the paper, in inches. */
    public static final double PAGE_NUMBER_TOP = 0.5;

    private final double width;
    private final double height;
    private final int linesPerPage;
    private final int actionWidth;
    private final double rightSceneNumber;

    Paper(double width, double height, int linesPerPage, int actionWidth, double rightSceneNumber) {
        this.width = width;
        this.height = height;
        this.linesPerPage = linesPerPage;
        this.actionWidth = actionWidth;
        this.rightSceneNumber = rightSceneNumber;
    }

    /**
     * Reads {@code letter} (also {@code us}, {@code us-letter}, {@code US Letter}) or {@code a4}, ignoring
     * case, as the command line's {@code --paper} takes it.
     *
     * @param text the paper's name
     * @return the paper
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Paper parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.startsWith("us")) {
            key = key.substring(2).replaceFirst("^[ -]", "");
            key = key.isEmpty() ? "letter" : key;
        }
        return switch (key) {
            case "letter" -> LETTER;
            case "a4" -> A4;
            default -> throw new IllegalArgumentException("unknown paper '" + text + "'; accepted: letter, a4");
        };
    }

    /** Paper width in inches. */
    public double width() {
        return width;
    }

    /** Paper height in inches. */
    public double height() {
        return height;
    }

    /** Lines of text on a page by default: 55 on Letter, 57 on A4. */
    public int linesPerPage() {
        return linesPerPage;
    }

    /** Characters in a line of action or a scene heading: 61 on Letter, 58 on A4. */
    public int actionWidth() {
        return actionWidth;
    }

    /** The right text edge, where transitions and page numbers end, in inches. */
    public double rightEdge() {
        return LEFT_MARGIN + actionWidth * CHARACTER_WIDTH;
    }

    /** Where a scene number printed on the right starts, in inches. */
    public double rightSceneNumber() {
        return rightSceneNumber;
    }

    /** How far the right dual-dialogue column sits left of its Letter position, in inches. */
    public double dualColumnShift() {
        return (LETTER.width - width) / 2;
    }
}
