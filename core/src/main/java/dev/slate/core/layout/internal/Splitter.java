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
        // as a column's breaks do, a break leaves at least one row for the next page: a block that fits
        // may still have to break, when what must follow it (a transition) does not fit
        int fit = smallest ? room : Math.min(room, block.height() - 1);
        Split l = left == null || (!smallest && left.height() <= fit) ? null : column(left, fit, smallest);
        Split r = right == null || (!smallest && right.height() <= fit) ? null : column(right, fit, smallest);
        boolean leftWhole = l == null;
        boolean rightWhole = r == null;
        if ((leftWhole && left != null && left.height() > fit) || (rightWhole && right != null && right.height() > fit)
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
     * The breaks at a row are looked at in order, after the row first, then inside it from its last
     * sentence end back; only the break chosen is made, so that looking over a page's breaks copies
     * none of its rows.
     */
    private static Split column(Block block, int room, boolean smallest) {
        int n = block.height();
        int more = block.kind() == Block.Kind.DIALOGUE ? 1 : 0;
        int top = Math.min(n - 1, room - more - 1);
        if (smallest) {
            for (int r = 1; r <= top; r++) {
                int end = sentenceBreak(block, r, true);
                if (end >= 0) {
                    return inside(block, r, end);
                }
                if (boundary(block, r)) {
                    return after(block, r, boundaryGood(block, r + 1));
                }
            }
            return null;
        }
        int fallback = -1; // the row after which the first legal break falls
        for (int r = top; r >= 1; r--) {
            if (boundary(block, r)) {
                if (boundaryGood(block, r + 1)) {
                    return after(block, r, true);
                }
                fallback = fallback < 0 ? r : fallback;
            }
            int end = sentenceBreak(block, r, false);
            if (end >= 0) { // a break at a sentence end is always a preferred one
                return inside(block, r, end);
            }
        }
        return fallback < 0 ? null : after(block, fallback, false);
    }

    /** Whether the break after row {@code r} is legal. */
    private static boolean boundary(Block block, int r) {
        int k = r + 1;
        return k <= block.height() - 2 && boundaryLegal(block, k);
    }

    /**
     * The latest sentence end inside row {@code r} where a break is legal, or with {@code earliest} the
     * earliest; -1 when there is none.
     */
    private static int sentenceBreak(Block block, int r, boolean earliest) {
        Row row = block.rows().get(r);
        int found = -1;
        if (row.isWrapped() && insideLegal(block, r)) {
            // Sentences.inside gives the ends last first.
            for (int end : Sentences.inside(row.paragraph().plain(), row.start(), row.end(), row.paragraph().limit())) {
                if (insideFollowed(block, r, end)) {
                    found = end;
                    if (!earliest) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The break after row {@code r}. */
    private static Split after(Block block, int r, boolean good) {
        int k = r + 1;
        return new Split(head(block, block.rows().subList(0, k)), block.rest(List.of(), k), good);
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

    /** Whether a break inside row {@code r} just after the sentence ending at {@code end} leaves two legal rows to follow. */
    private static boolean insideFollowed(Block block, int r, int end) {
        List<Row> rows = block.rows();
        List<Row> fresh = new ArrayList<>();
        int from = rewrap(rows, r, end, fresh, 2); // two rows tell whether the break is legal
        if (fresh.size() + rows.size() - from < 2) {
            return false;
        }
        Row first = fresh.isEmpty() ? rows.get(from) : fresh.get(0);
        Row second = fresh.size() >= 2 ? fresh.get(1) : rows.get(from + 1 - fresh.size());
        return block.kind() == Block.Kind.TEXT ? !first.isBlank() && !second.isBlank()
                : first.part() == Row.Part.SPEECH && second.part() == Row.Part.SPEECH;
    }

    /** The break inside row {@code r} just after the sentence ending at {@code end}, a legal one. */
    private static Split inside(Block block, int r, int end) {
        List<Row> rows = block.rows();
        Row row = rows.get(r);
        List<Row> head = new ArrayList<>(rows.subList(0, r));
        head.add(row.recut(new Wrapper.Cut(row.paragraph(), row.start(), end, end)));
        List<Row> fresh = new ArrayList<>();
        int from = rewrap(rows, r, end, fresh, MAX_FRESH_ROWS);
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
        Paragraph paragraph = row.paragraph();
        String s = paragraph.plain();
        int start = end;
        while (start < paragraph.end() && s.charAt(start) == ' ') {
            start++;
        }
        int i = r + 1;
        while (start < paragraph.end()) {
            while (i < rows.size() && sameParagraph(rows.get(i), paragraph) && rows.get(i).start() < start) {
                i++;
            }
            if (i < rows.size() && sameParagraph(rows.get(i), paragraph) && rows.get(i).start() == start) {
                return i;
            }
            if (fresh.size() >= limit) {
                Row old = rows.get(i - 1);
                if (sameParagraph(old, paragraph) && old.end() > start) {
                    fresh.add(row.recut(new Wrapper.Cut(paragraph, start, old.end(), old.next())));
                }
                return i;
            }
            Wrapper.Cut cut = Wrapper.cut(paragraph, start, row.width());
            fresh.add(row.recut(cut));
            start = cut.next();
        }
        while (i < rows.size() && sameParagraph(rows.get(i), paragraph)) {
            i++;
        }
        return i;
    }

    private static boolean sameParagraph(Row row, Paragraph paragraph) {
        return row.paragraph() == paragraph;
    }

    private static boolean speech(List<Row> rows, int i) {
        return i >= 0 && i < rows.size() && rows.get(i).part() == Row.Part.SPEECH;
    }
}
