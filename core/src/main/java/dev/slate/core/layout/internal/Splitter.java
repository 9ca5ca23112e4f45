package dev.slate.core.layout.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a block may break between pages (FORMAT.md rules 3–5 and Final Draft's practice): action
 * of four rows or more, with two rows each side; dialogue inside its speech with two speech rows
 * each side, or just before a parenthetical in its middle; dual dialogue in each column. A break
 * falls at the last sentence end that fits, also in the middle of a wrapped row (the rest of the
 * sentence is re-wrapped on the next page); mid-sentence only where no sentence end keeps two rows
 * on each side.
 */
final class Splitter {

    /** A break: the rows that stay (with (MORE) for dialogue), what continues on the next page, whether it is a preferred one. */
    record Split(List<Row> head, Block tail, boolean good) {
        int height() {
            return head.size();
        }
    }

    /** More rows than a page holds (80 lines at most): where a re-wrap after a break may stop. */
    private static final int MAX_FRESH_ROWS = 90;

    private Splitter() {
    }

    /** The break whose rows fit in {@code room}: the last preferred one, else the last legal one; null when there is none. */
    static Split best(Block block, int room) {
        return switch (block.kind()) {
            case TEXT, DIALOGUE -> column(block, room, false);
            case DUAL -> dual(block, room, false);
            default -> null;
        };
    }

    /** The fewest rows the block can leave at the foot of a page: its smallest break, else all of it. */
    static int smallestHead(Block block) {
        return switch (block.kind()) {
            case TEXT, DIALOGUE -> {
                Split smallest = column(block, block.height(), true);
                yield smallest == null ? block.height() : smallest.height();
            }
            case DUAL -> {
                Split smallest = dual(block, block.height(), true);
                yield smallest == null ? block.height() : smallest.height();
            }
            default -> block.height();
        };
    }

    private static Split dual(Block block, int room, boolean smallest) {
        Block left = block.left();
        Block right = block.right();
        Split l = left == null || (!smallest && left.height() <= room) ? null : column(left, room, smallest);
        Split r = right == null || (!smallest && right.height() <= room) ? null : column(right, room, smallest);
        boolean leftWhole = l == null;
        boolean rightWhole = r == null;
        if ((leftWhole && left != null && left.height() > room) || (rightWhole && right != null && right.height() > room)
                || (leftWhole && rightWhole)) {
            return null;
        }
        List<Row> head = Block.merge(leftWhole ? rowsOf(left) : l.head(), rightWhole ? rowsOf(right) : r.head());
        Block tail = Block.dual(block.scene(), leftWhole ? null : l.tail(), rightWhole ? null : r.tail())
                .showing(block.element());
        return new Split(head, tail, (leftWhole || l.good()) && (rightWhole || r.good()));
    }

    private static List<Row> rowsOf(Block column) {
        return column == null ? List.of() : column.rows();
    }

    /**
     * The breaks of one column whose head fits in {@code room}: from the largest down, the first
     * preferred one, else the first legal one; with {@code smallest}, from the smallest up, the first legal one.
     */
    private static Split column(Block block, int room, boolean smallest) {
        int n = block.height();
        int more = block.kind() == Block.Kind.DIALOGUE ? 1 : 0;
        int top = Math.min(n - 1, room - more - 1);
        if (smallest) {
            for (int r = 1; r <= top; r++) {
                List<Split> at = at(block, r);
                if (!at.isEmpty()) {
                    return at.get(at.size() - 1);
                }
            }
            return null;
        }
        Split fallback = null;
        for (int r = top; r >= 1; r--) {
            for (Split split : at(block, r)) {
                if (split.good()) {
                    return split;
                }
                fallback = fallback == null ? split : fallback;
            }
        }
        return fallback;
    }

    /** The legal breaks that keep rows up to {@code r} on the page, the largest first. */
    private static List<Split> at(Block block, int r) {
        List<Split> splits = new ArrayList<>();
        List<Row> rows = block.rows();
        int k = r + 1;
        if (k <= rows.size() - 2 && boundaryLegal(block, k)) {
            splits.add(new Split(head(block, rows.subList(0, k)), block.rest(List.of(), k), boundaryGood(block, k)));
        }
        Row row = rows.get(r);
        if (row.cut() != null && insideLegal(block, r)) {
            Wrapper.Cut cut = row.cut();
            for (int end : Sentences.inside(cut.paragraph().plain(), cut.start(), cut.end())) {
                Split split = inside(block, r, end);
                if (split != null) {
                    splits.add(split);
                }
            }
        }
        return splits;
    }

    private static List<Row> head(Block block, List<Row> rows) {
        List<Row> head = new ArrayList<>(rows);
        if (block.kind() == Block.Kind.DIALOGUE) {
            head.add(block.more());
        }
        return head;
    }

    /** A break after row {@code k - 1}. */
    private static boolean boundaryLegal(Block block, int k) {
        List<Row> rows = block.rows();
        if (block.kind() == Block.Kind.TEXT) {
            return k >= 2 && !rows.get(k - 1).isBlank() && !rows.get(k).isBlank();
        }
        if (!speech(rows, k - 2) || !speech(rows, k - 1)) {
            return false;
        }
        if (speech(rows, k) && speech(rows, k + 1)) {
            return true;
        }
        return rows.get(k).part() == Row.Part.PARENTHETICAL && speechAfterParenthetical(rows, k);
    }

    private static boolean boundaryGood(Block block, int k) {
        return block.rows().get(k - 1).endsSentence() || block.rows().get(k).part() == Row.Part.PARENTHETICAL;
    }

    /** The parenthetical at {@code k} is followed by speech, so the next page does not end its speech with it. */
    private static boolean speechAfterParenthetical(List<Row> rows, int k) {
        int i = k;
        while (i < rows.size() && rows.get(i).part() == Row.Part.PARENTHETICAL) {
            i++;
        }
        return speech(rows, i);
    }

    /** Whether a break inside row {@code r} keeps two rows above it. */
    private static boolean insideLegal(Block block, int r) {
        List<Row> rows = block.rows();
        if (block.kind() == Block.Kind.TEXT) {
            return rows.size() >= 4 && !rows.get(r - 1).isBlank();
        }
        return speech(rows, r - 1) && speech(rows, r);
    }

    /** The break inside row {@code r} just after the sentence ending at {@code end}, or null when too little follows. */
    private static Split inside(Block block, int r, int end) {
        List<Row> rows = block.rows();
        List<Row> fresh = new ArrayList<>();
        int from = rewrap(rows, r, end, fresh, 2); // two rows tell whether the break is legal
        if (fresh.size() + rows.size() - from < 2) {
            return null;
        }
        Row first = fresh.isEmpty() ? rows.get(from) : fresh.get(0);
        Row second = fresh.size() >= 2 ? fresh.get(1) : rows.get(from + 1 - fresh.size());
        boolean legal = block.kind() == Block.Kind.TEXT ? !first.isBlank() && !second.isBlank()
                : first.part() == Row.Part.SPEECH && second.part() == Row.Part.SPEECH;
        if (!legal) {
            return null;
        }
        Row row = rows.get(r);
        Wrapper.Cut cut = row.cut();
        Wrapper.Cut kept = new Wrapper.Cut(cut.paragraph(), cut.start(), end, end);
        List<Row> head = new ArrayList<>(rows.subList(0, r));
        head.add(Row.wrapped(row.pieces().get(0).withText(kept.text()), row.part(), kept, row.width()));
        fresh.clear();
        from = rewrap(rows, r, end, fresh, MAX_FRESH_ROWS);
        return new Split(head(block, head), block.rest(fresh, from), true);
    }

    /**
     * Re-wraps the paragraph of row {@code r} from {@code end} on into {@code fresh}, until a new row
     * starts where an old one did, or {@code limit} rows are made; returns the index of the first old
     * row that follows. Wrapping from a new start may never fall back into step with the old rows (a
     * paragraph of one repeated sentence), so it stops after more rows than any page holds: the row
     * where it stops ends where its old row ended (a short row, on a later page than this break's
     * next one, which breaks the paragraph again before it), and the old rows follow. So each break
     * costs at most a page of wrapping, however long the paragraph.
     */
    private static int rewrap(List<Row> rows, int r, int end, List<Row> fresh, int limit) {
        Row row = rows.get(r);
        Paragraph paragraph = row.cut().paragraph();
        String s = paragraph.plain();
        int start = end;
        while (start < paragraph.end() && s.charAt(start) == ' ') {
            start++;
        }
        int i = r + 1;
        while (start < paragraph.end()) {
            while (i < rows.size() && sameParagraph(rows.get(i), paragraph) && rows.get(i).cut().start() < start) {
                i++;
            }
            if (i < rows.size() && sameParagraph(rows.get(i), paragraph) && rows.get(i).cut().start() == start) {
                return i;
            }
            if (fresh.size() >= limit) {
                Wrapper.Cut old = rows.get(i - 1).cut();
                if (sameParagraph(rows.get(i - 1), paragraph) && old.end() > start) {
                    Wrapper.Cut seam = new Wrapper.Cut(paragraph, start, old.end(), old.next());
                    fresh.add(Row.wrapped(row.pieces().get(0).withText(seam.text()), row.part(), seam, row.width()));
                }
                return i;
            }
            Wrapper.Cut cut = Wrapper.cut(paragraph, start, row.width());
            fresh.add(Row.wrapped(row.pieces().get(0).withText(cut.text()), row.part(), cut, row.width()));
            start = cut.next();
        }
        while (i < rows.size() && sameParagraph(rows.get(i), paragraph)) {
            i++;
        }
        return i;
    }

    private static boolean sameParagraph(Row row, Paragraph paragraph) {
        return row.cut() != null && row.cut().paragraph() == paragraph;
    }

    private static boolean speech(List<Row> rows, int i) {
        return i >= 0 && i < rows.size() && rows.get(i).part() == Row.Part.SPEECH;
    }
}
