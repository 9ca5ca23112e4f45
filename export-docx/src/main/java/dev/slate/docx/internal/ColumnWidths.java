package dev.slate.docx.internal;

import dev.slate.core.report.ShotListColumn;

import java.util.List;

/** Column widths that fill the text width exactly: short columns keep their size, text columns take the rest. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** Widths in twips, one per column, summing to {@code total}. */
    static int[] of(List<ShotListColumn> columns, int total) {
        double[] widths = new double[columns.size()];
        double preferred = 0;
        double flex = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = inches(columns.get(i)) * 1440;
            preferred += widths[i];
            flex += flex(columns.get(i));
        }
        double spare = total - preferred;
        for (int i = 0; i < widths.length; i++) {
            if (spare < 0) {
                widths[i] *= total / preferred; // too many columns: shrink all alike
            } else if (flex > 0) {
                widths[i] += spare * flex(columns.get(i)) / flex;
            } else {
                widths[i] += spare / widths.length;
            }
        }
        int[] twips = new int[widths.length];
        int sum = 0;
        for (int i = 0; i < widths.length; i++) {
            twips[i] = (int) Math.floor(widths[i]);
            sum += twips[i];
        }
        twips[twips.length - 1] += total - sum;
        return twips;
    }

    /**
     * The width the column needs to read well, in inches: its longest usual word at 9 pt fits
     * ("establishing", "70-200mm"). The defaults add up to 9.95 in, the text width of landscape Letter.
     */
    private static double inches(ShotListColumn column) {
        return switch (column) {
            case TICK -> 0.3;
            case SHOT -> 0.45;
            case SIZE -> 0.55;
            case FRAMING -> 0.85;
            case ANGLE -> 0.75;
            case MOVEMENT -> 1.1;
            case LENS -> 0.72;
            case SUBJECTS -> 0.95;
            case DESCRIPTION -> 1.78;
            case SETUP -> 0.45;
            case MINUTES -> 0.4;
            case AUDIO -> 0.55;
            case NOTES -> 1.1;
            case STORYBOARD -> 1.4;
        };
    }

    /** How much of any spare width the column takes: text columns grow, short ones do not. */
    private static double flex(ShotListColumn column) {
        return switch (column) {
            case DESCRIPTION -> 3;
            case NOTES -> 2;
            case MOVEMENT, SUBJECTS -> 1;
            default -> 0;
        };
    }
}
