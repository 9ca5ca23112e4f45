package dev.slate.docx.internal;

import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;

import java.util.List;

/**
 * Column widths that follow the content and fill the text width exactly. Every column is at least
 * as wide as its longest word (header or cell), so that no word breaks mid-word; the room left goes
 * to the columns whose text would wrap, most to Description, then Notes. Short columns (Shot, Lens)
 * stay narrow. Only when the longest words alone overflow the page are all columns shrunk alike.
 */
final class ColumnWidths {

    /** Left and right cell margins (60 twips each) and a little air, so that a word that fits never wraps. */
    private static final double PADDING = 160;
    /** A cell wider than this wraps: no column grows past it on content alone. */
    private static final double MAX_NATURAL = 4 * 1440;
    static final double CELL_POINTS = 9;
    static final double HEADER_POINTS = 8.5;

    private ColumnWidths() {
    }

    /**
     * Widths in twips, one per column, summing to {@code total}, for the cells of this list.
     *
     * @param storyboardTwips the width the thumbnail column needs
     */
    static int[] of(List<ShotListColumn> columns, ShotList list, ShotCells cells, int total, int storyboardTwips) {
        int n = columns.size();
        double[] least = new double[n];
        double[] natural = new double[n];
        for (int c = 0; c < n; c++) {
            ShotListColumn column = columns.get(c);
            if (column == ShotListColumn.STORYBOARD) {
                least[c] = storyboardTwips;
                natural[c] = storyboardTwips;
                continue;
            }
            measure(column.header(), HEADER_POINTS, true, least, natural, c);
            if (column == ShotListColumn.TICK) {
                measure(ShotTables.TICK_BOX, CELL_POINTS + 2, false, least, natural, c);
                continue;
            }
            for (ShotList.SceneSection section : list.sections()) {
                for (Shot shot : section.shots()) {
                    measure(cells.of(shot)[c], CELL_POINTS, false, least, natural, c);
                }
            }
        }
        double[] widths = share(columns, least, natural, total);
        int[] twips = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            twips[i] = (int) Math.floor(widths[i]);
            sum += twips[i];
        }
        twips[remainderColumn(columns)] += total - sum;
        return twips;
    }

    /** The column that takes the rounding remainder: Description when shown, else the last. */
    private static int remainderColumn(List<ShotListColumn> columns) {
        int description = columns.indexOf(ShotListColumn.DESCRIPTION);
        return description >= 0 ? description : columns.size() - 1;
    }

    /** The widest line and the widest word (between white space) of a text, in one pass. */
    private static void measure(String text, double points, boolean bold, double[] least, double[] natural, int c) {
        int line = 0;
        int word = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '\n';
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') { // regex \s
                least[c] = Math.max(least[c], TextWidths.twips(TextWidths.em(text, word, i), points, bold) + PADDING);
                word = i + 1;
            }
            if (ch == '\n') {
                natural[c] = Math.max(natural[c],
                        Math.min(MAX_NATURAL, TextWidths.twips(TextWidths.em(text, line, i), points, bold) + PADDING));
                line = i + 1;
            }
        }
    }

    private static double[] share(List<ShotListColumn> columns, double[] least, double[] natural, int total) {
        int n = least.length;
        double[] widths = new double[n];
        double leastSum = sum(least);
        if (leastSum >= total) {
            for (int i = 0; i < n; i++) {
                widths[i] = least[i] * total / leastSum; // the words alone overflow: shrink all alike
            }
            return widths;
        }
        double naturalSum = sum(natural);
        if (naturalSum <= total) {
            // Everything fits on one line: the spare goes to the text columns.
            double spare = total - naturalSum;
            double weights = 0;
            for (ShotListColumn column : columns) {
                weights += flex(column);
            }
            for (int i = 0; i < n; i++) {
                double share = weights > 0 ? flex(columns.get(i)) / weights : 1.0 / n;
                widths[i] = natural[i] + spare * share;
            }
            return widths;
        }
        // Some text wraps: each column gets its longest word, then a share of the rest by how much it wants.
        double spare = total - leastSum;
        double wants = 0;
        for (int i = 0; i < n; i++) {
            wants += (natural[i] - least[i]) * Math.max(1, flex(columns.get(i)));
        }
        for (int i = 0; i < n; i++) {
            widths[i] = least[i] + (wants > 0 ? spare * (natural[i] - least[i])
                    * Math.max(1, flex(columns.get(i))) / wants : spare / n);
        }
        return widths;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** How strongly the column claims spare width: Description most, then Notes, the other text columns a little. */
    private static double flex(ShotListColumn column) {
        return switch (column) {
            case DESCRIPTION -> 3;
            case NOTES -> 2;
            case MOVEMENT, SUBJECTS, GEAR, PROPS -> 1;
            default -> 0;
        };
    }
}
