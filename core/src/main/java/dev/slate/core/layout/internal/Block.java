package dev.slate.core.layout.internal;

import dev.slate.core.internal.ChunkedList;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An element laid out as rows, with what the page filler needs to know to break it: its kind, its
 * scene and, for dialogue, the (MORE) row and the cue rows to repeat with (CONT'D) after a split;
 * for dual dialogue, its two columns; and the element it shows, by its index in the scene. The rows of what is left after a break share the element's
 * list rather than copying it, so that a long element costs its length once, however many pages it
 * runs over.
 */
final class Block {

    /** How a block may be broken across pages. */
    enum Kind {
        /** A scene heading: never the last thing on a page. */
        HEADING,
        /** A shot heading in the script text: never the last thing on a page, never a new page. */
        SHOT_HEADING,
        /** Action or lyrics: kept whole up to 3 rows, else split with 2 rows on each side. */
        TEXT,
        /** A dialogue block: split inside speech or before a parenthetical, with (MORE) and (CONT'D). */
        DIALOGUE,
        /** Dual dialogue: each column splits as a dialogue does. */
        DUAL,
        /** Never at the top of a page. */
        TRANSITION,
        /** Kept whole: centred text, notes, sections, synopses. */
        WHOLE,
        /** A forced page break; no rows. */
        PAGE_BREAK
    }

    private final Kind kind;
    private final int scene;
    private final List<Row> rows;
    private final List<Row> continuedCue;
    private final Row more;
    private final Block left;
    private final Block right;
    private final int element;

    private Block(Kind kind, int scene, List<Row> rows, List<Row> continuedCue, Row more, Block left, Block right,
                  int element) {
        this.kind = kind;
        this.scene = scene;
        this.rows = rows;
        this.continuedCue = continuedCue;
        this.more = more;
        this.left = left;
        this.right = right;
        this.element = element;
    }

    static Block of(Kind kind, int scene, List<Row> rows) {
        return new Block(kind, scene, kept(rows), List.of(), null, null, null, -1);
    }

    /** A dialogue: its rows, the cue rows that start a continued page, the (MORE) row that ends a split one. */
    static Block dialogue(int scene, List<Row> rows, List<Row> continuedCue, Row more) {
        return new Block(Kind.DIALOGUE, scene, kept(rows), List.copyOf(continuedCue), more, null, null, -1);
    }

    /**
     * The rows a block keeps: a copy, except that the chunked list of a long element's rows, or a view
     * of it, is taken over as it is (its maker adds no more), so that no row list needs one large array.
     */
    private static List<Row> kept(List<Row> rows) {
        if (rows instanceof ChunkedList<Row> chunked) {
            return chunked.view();
        }
        return rows instanceof ChunkedList.View ? rows : List.copyOf(rows);
    }

    /** Dual dialogue from its columns; after a split, a column that has ended is null. */
    static Block dual(int scene, Block left, Block right) {
        List<Row> l = left == null ? List.of() : left.rows;
        List<Row> r = right == null ? List.of() : right.rows;
        return new Block(Kind.DUAL, scene, merge(l, r), List.of(), null, left, right, -1);
    }

    /** Two columns side by side, row by row. */
    static List<Row> merge(List<Row> left, List<Row> right) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Piece> pieces = new ArrayList<>();
            if (i < left.size()) {
                pieces.addAll(left.get(i).pieces());
            }
            if (i < right.size()) {
                pieces.addAll(right.get(i).pieces());
            }
            rows.add(new Row(pieces, Row.Part.OTHER));
        }
        return List.copyOf(rows);
    }

    /** The same block, showing element {@code index} of its scene (or of the preamble). */
    Block showing(int index) {
        return new Block(kind, scene, rows, continuedCue, more, left, right, index);
    }

    /** The index of the element the block shows, in its scene (or the preamble); -1 for a scene heading. */
    int element() {
        return element;
    }

    Kind kind() {
        return kind;
    }

    /** The same block in another scene: a kept element whose scene moved in a revised draft. */
    Block inScene(int other) {
        return other == scene ? this : new Block(kind, other, rows, continuedCue, more, left, right, element);
    }

    int scene() {
        return scene;
    }

    List<Row> rows() {
        return rows;
    }

    int height() {
        return rows.size();
    }

    Row more() {
        return more;
    }

    Block left() {
        return left;
    }

    Block right() {
        return right;
    }

    /**
     * Lets the element's list of rows go of the rows before this block's own, which earlier pages
     * hold as lines: called on what is left of a long element after a break, when no other block
     * reads those rows again.
     */
    void release() {
        List<Row> own = rows instanceof Joined joined ? joined.rest : rows;
        if (own instanceof ChunkedList.View<Row> view) {
            view.forgetBefore();
        }
    }

    /** What continues on the next page when {@code fresh} rows (re-wrapped) and the rows from {@code from} on are left. */
    Block rest(List<Row> fresh, int from) {
        List<Row> prefix = new ArrayList<>();
        boolean cue = !fresh.isEmpty() ? fresh.get(0).part() == Row.Part.CUE
                : from < rows.size() && rows.get(from).part() == Row.Part.CUE;
        if (kind == Kind.DIALOGUE && !cue) {
            prefix.addAll(continuedCue);
        }
        prefix.addAll(fresh);
        Kind restKind = kind == Kind.DUAL ? Kind.WHOLE : kind;
        return new Block(restKind, scene, join(prefix, after(rows, from)), continuedCue, more, null, null, element);
    }

    /** The rows from {@code from} on, as a view that does not nest deeper with each break. */
    private static List<Row> after(List<Row> rows, int from) {
        if (rows instanceof Joined joined) {
            int h = joined.head.size();
            return from >= h ? joined.rest.subList(from - h, joined.rest.size())
                    : join(new ArrayList<>(joined.head.subList(from, h)), joined.rest);
        }
        return rows.subList(from, rows.size());
    }

    private static List<Row> join(List<Row> head, List<Row> rest) {
        if (head.isEmpty()) {
            return rest;
        }
        if (rest instanceof Joined joined) {
            List<Row> all = new ArrayList<>(head);
            all.addAll(joined.head);
            return new Joined(List.copyOf(all), joined.rest);
        }
        return new Joined(List.copyOf(head), rest);
    }

    /** A few rows followed by a view of a longer list. */
    private static final class Joined extends AbstractList<Row> implements RandomAccess {
        private final List<Row> head;
        private final List<Row> rest;

        Joined(List<Row> head, List<Row> rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public Row get(int index) {
            return index < head.size() ? head.get(index) : rest.get(index - head.size());
        }

        @Override
        public int size() {
            return head.size() + rest.size();
        }
    }
}
