package dev.slate.core.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers that read a layout the way a reader reads the pages. */
final class Pages {

    private Pages() {
    }

    /** The lines of a page joined per row, by x, as "kind:text" for the first piece of each row. */
    static List<String> rows(Page page) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < page.rowsUsed(); r++) {
            int row = r;
            rows.add(page.lines().stream().filter(l -> l.row() == row)
                    .sorted((a, b) -> Double.compare(a.column(), b.column()))
                    .map(l -> l.text().plain()).collect(Collectors.joining(" ")));
        }
        return rows;
    }

    /** The last line of a page that is not blank. */
    static Line last(Page page) {
        Line last = null;
        for (Line line : page.lines()) {
            if (last == null || line.row() >= last.row()) {
                last = line;
            }
        }
        return last;
    }

    /** The first line of a page. */
    static Line first(Page page) {
        Line first = null;
        for (Line line : page.lines()) {
            if (first == null || line.row() < first.row()) {
                first = line;
            }
        }
        return first;
    }

    /** Numbered lines of action, one sentence each: "Line 1.", "Line 2."... */
    static String numbered(String prefix, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append(i > 1 ? "\n" : "").append(prefix).append(' ').append(i).append('.');
        }
        return out.toString();
    }
}
