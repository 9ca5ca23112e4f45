package dev.slate.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the shot list's pages break, decided by Slate before the document is written, so that a
 * scene that runs over a page starts again under the column header with a "(cont'd)" scene row,
 * which a word processor's repeated header rows cannot print. Heights are estimates in twips
 * ({@link RowHeights}); the page height given is already the safe share of the printed page, so
 * that the word processor never has to break a table itself.
 *
 * <p>The rules: rows never split; a table's column header and scene row never end a page without
 * the first shot, nor a setup row without its shot; the last two shots of a table stay with its
 * totals, so that a totals row never starts a page alone or with a single shot; and a page breaks
 * only where what follows does not fit, so that no row is carried over that fits. A run of rows
 * that the rules keep together but that is taller than a page is broken between its rows.
 *
 * <p>One plan follows one document from its first page to its last; not thread-safe.
 */
final class PagePlan {

    /** What a row is, for the rules. */
    enum Kind {
        /** The column header and the scene row, at the head of every table. */
        HEADING,
        SETUP,
        SHOT,
        /** A totals or message row. */
        TOTAL
    }

    /**
     * Where one table breaks.
     *
     * @param before whether a new page starts before the table (on the paragraph before it)
     * @param at     the rows, by index, that start a continuation table on a new page, ascending
     */
    record Breaks(boolean before, int[] at) {
    }

    private final int page;
    private int used;

    /** @param page the height that may be filled on a page, in twips */
    PagePlan(int page) {
        if (page <= 0) {
            throw new IllegalArgumentException("page must be positive: " + page);
        }
        this.page = page;
    }

    /** The height filled on the current page so far. */
    int used() {
        return used;
    }

    /** Paragraphs that flow before the tables, such as the title block: never broken by the plan. */
    void paragraph(int height) {
        used += height;
        while (used > page) {
            used -= page;
        }
    }

    /**
     * Plans one table.
     *
     * @param kinds        each row's kind: the table's leading {@link Kind#HEADING} rows repeat on each new page
     * @param heights      each row's height
     * @param lead         the paragraph before the table (a spacer or a day's heading), which carries a break before it
     * @param continuation the height a continuation adds at the top of a page: spacer, column header, "(cont'd)" row
     * @param newPage      whether the table must start a new page (a day's first table) unless the page is empty
     */
    Breaks table(Kind[] kinds, int[] heights, int lead, int continuation, boolean newPage) {
        int n = kinds.length;
        int head = 0;
        while (head < n && kinds[head] == Kind.HEADING) {
            head++;
        }
        int[] groups = groups(kinds, head);
        int firstEnd = groups.length > 1 ? groups[1] : n;
        boolean before = false;
        if (used > 0 && (newPage || used + lead + sum(heights, 0, firstEnd) > page)) {
            before = true;
            used = 0;
        }
        used += lead;
        List<Integer> at = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            int start = groups[g];
            int end = g + 1 < groups.length ? groups[g + 1] : n;
            int height = sum(heights, start, end);
            if (used + height <= page) {
                used += height;
            } else if (g > 0 && continuation + height <= page) {
                at.add(start);
                used = continuation + height;
            } else {
                // Taller than a page with the rules: break between its rows, wherever they do not fit.
                for (int i = start; i < end; i++) {
                    boolean bodyOnPage = i > head && (at.isEmpty() || at.get(at.size() - 1) < i);
                    if (used + heights[i] > page && bodyOnPage) {
                        at.add(i);
                        used = continuation;
                    }
                    used += heights[i];
                }
            }
        }
        return new Breaks(before, at.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The first row of each run of rows that must stay on one page: the head with the first body
     * row, a setup row with the row after it, and the last two shots with every row after them.
     */
    static int[] groups(Kind[] kinds, int head) {
        int n = kinds.length;
        int lastTwo = n;
        int shots = 0;
        for (int i = n - 1; i >= head && shots < 2; i--) {
            if (kinds[i] == Kind.SHOT) {
                lastTwo = i;
                shots++;
            }
        }
        if (shots == 0) {
            lastTwo = head;
        }
        while (lastTwo > head && kinds[lastTwo - 1] == Kind.SETUP) {
            lastTwo--;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = head + 1; i < n && i <= lastTwo; i++) {
            if (kinds[i - 1] != Kind.SETUP) {
                starts.add(i);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int sum(int[] heights, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += heights[i];
        }
        return sum;
    }
}
