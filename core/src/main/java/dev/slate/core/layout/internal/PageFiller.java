package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with blocks, following FORMAT.md's page-break rules: a heading is never the last
 * thing on a page; a transition never starts one; action of 1–3 rows stays whole, longer action
 * splits with at least 2 rows each side; dialogue splits only inside speech, 2 rows each side, with
 * (MORE) and the cue again with (CONT'D); sentence ends are preferred; a forced break always wins;
 * and when nothing legal fits on an empty page, the block is cut at the line limit. One filler per
 * pagination: it holds that call's state.
 */
final class PageFiller {

    /** Rows taken by the optional CONTINUED markers: a marker and a blank row at each end. */
    private static final int MARKER_ROWS = 4;

    private final Settings settings;
    private final int capacity;
    private final List<Block> blocks;
    private final List<List<Line>> pages = new ArrayList<>();
    private final int[] sceneRows;
    private final int[] firstPage;
    private List<Line> lines = new ArrayList<>();
    private int used;

    PageFiller(Settings settings, List<Block> blocks, int scenes) {
        this.settings = settings;
        this.capacity = settings.linesPerPage() - (settings.continuedMarkers() ? MARKER_ROWS : 0);
        this.blocks = blocks;
        this.sceneRows = new int[scenes];
        this.firstPage = new int[scenes];
    }

    /** The lines of each page, in order. */
    List<List<Line>> fill() {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.PAGE_BREAK) {
                if (used > 0) {
                    newPage();
                }
                continue;
            }
            if (block.kind() == Block.Kind.HEADING && settings.scenePerPage() && used > 0 && block.scene() > 0) {
                newPage();
            }
            place(block, i);
        }
        if (used > 0) {
            newPage();
        }
        if (settings.continuedMarkers()) {
            addContinuedMarkers();
        }
        return pages;
    }

    /** Lines each scene takes, blank lines before its elements included. */
    int sceneRows(int scene) {
        return sceneRows[scene];
    }

    /** The page (1-based) where a scene starts. */
    int firstPage(int scene) {
        return firstPage[scene];
    }

    private void place(Block first, int index) {
        Block block = first;
        while (true) {
            int gap = used > 0 ? 1 : 0;
            int room = capacity - used - gap;
            boolean whole = block.height() <= room;
            if (whole && followersFit(index, room - block.height())) {
                put(block.rows(), gap, block.scene());
                return;
            }
            int split = legalSplit(block, room);
            if (split > 0 && block.tail(split).height() < block.height()) {
                putHead(block, split, gap);
                newPage();
                block = block.tail(split);
            } else if (used > 0) {
                newPage();
            } else if (whole) {
                put(block.rows(), gap, block.scene());
                return;
            } else {
                block = hardSplit(block, room);
            }
        }
    }

    /** Rule 7: no legal break on an empty page, so cut at the limit; returns what is left. */
    private Block hardSplit(Block block, int room) {
        if (block.kind() == Block.Kind.DIALOGUE && room >= 2) {
            Block tail = block.tail(room - 1);
            if (tail.height() < block.height()) {
                putHead(block, room - 1, 0);
                newPage();
                return tail;
            }
        }
        put(block.rows().subList(0, room), 0, block.scene());
        newPage();
        return Block.of(block.kind() == Block.Kind.DIALOGUE ? Block.Kind.WHOLE : block.kind(), block.scene(),
                block.rows().subList(room, block.height()));
    }

    private void putHead(Block block, int split, int gap) {
        List<Row> head = new ArrayList<>(block.rows().subList(0, split));
        if (block.kind() == Block.Kind.DIALOGUE) {
            head.add(BlockMaker.more());
        }
        put(head, gap, block.scene());
    }

    /**
     * Whether what must follow a block on the same page still fits in {@code rest} rows after it:
     * the first lines of the next element after a heading, a transition after anything.
     */
    private boolean followersFit(int index, int rest) {
        int next = index + 1;
        if (next >= blocks.size()) {
            return true;
        }
        Block following = blocks.get(next);
        Block.Kind kind = blocks.get(index).kind();
        if (kind == Block.Kind.HEADING || kind == Block.Kind.SHOT_HEADING) {
            return rest >= 1 + smallestHead(next, 0);
        }
        return following.kind() != Block.Kind.TRANSITION || rest >= 1 + following.height();
    }

    /** The fewest rows block {@code index} can leave at the foot of a page, with what must go with them. */
    private int smallestHead(int index, int depth) {
        Block block = blocks.get(index);
        int rows;
        switch (block.kind()) {
            case PAGE_BREAK:
                return 0;
            case HEADING:
            case SHOT_HEADING:
                if (block.kind() == Block.Kind.HEADING && settings.scenePerPage()) {
                    return 0;
                }
                rows = block.height();
                if (depth < 2 && index + 1 < blocks.size()) {
                    rows += 1 + smallestHead(index + 1, depth + 1);
                }
                return rows;
            case TEXT:
            case DIALOGUE:
                rows = block.height();
                for (int k = 2; k + 2 <= block.height(); k++) {
                    if (splitAllowed(block, k)) {
                        rows = k + (block.kind() == Block.Kind.DIALOGUE ? 1 : 0);
                        break;
                    }
                }
                break;
            default:
                rows = block.height();
        }
        boolean whole = rows == block.height();
        if (whole && index + 1 < blocks.size() && blocks.get(index + 1).kind() == Block.Kind.TRANSITION) {
            rows += 1 + blocks.get(index + 1).height();
        }
        return rows;
    }

    /**
     * The number of rows of a block to keep on this page when it must be split, the largest legal
     * one that fits in {@code room} rows, preferring a sentence end; 0 when none is legal.
     */
    private int legalSplit(Block block, int room) {
        int n = block.height();
        int max;
        if (block.kind() == Block.Kind.TEXT) {
            max = Math.min(n - 2, room);
        } else if (block.kind() == Block.Kind.DIALOGUE) {
            max = Math.min(n - 2, room - 1);
        } else {
            return 0;
        }
        int best = 0;
        for (int k = max; k >= 2; k--) {
            if (!splitAllowed(block, k)) {
                continue;
            }
            if (best == 0) {
                best = k;
            }
            if (block.rows().get(k - 1).endsSentence()) {
                return k;
            }
        }
        return best;
    }

    private boolean splitAllowed(Block block, int k) {
        if (block.kind() == Block.Kind.DIALOGUE) {
            return dialogueSplitAllowed(block, k);
        }
        List<Row> rows = block.rows();
        return rows.size() >= 4 && !rows.get(k - 1).isBlank() && !rows.get(k).isBlank();
    }

    /** Inside speech only, never before a parenthetical, with at least two speech rows each side. */
    private static boolean dialogueSplitAllowed(Block block, int k) {
        List<Row> rows = block.rows();
        if (k < 2 || k + 1 >= rows.size()) {
            return false;
        }
        for (int i = k - 2; i <= k + 1; i++) {
            if (rows.get(i).part() != Row.Part.SPEECH) {
                return false;
            }
        }
        return true;
    }

    private void put(List<Row> rows, int gap, int scene) {
        int from = 0;
        if (used == 0) {
            while (from < rows.size() && rows.get(from).isBlank()) {
                from++; // blank lines at the top of a page are dropped
            }
            gap = 0;
        }
        if (from == rows.size()) {
            return;
        }
        used += gap;
        count(scene, gap);
        List<Line> rightColumn = new ArrayList<>();
        for (Row row : rows.subList(from, rows.size())) {
            for (Piece piece : row.pieces()) {
                (piece.right() ? rightColumn : lines).add(piece.at(used, scene));
            }
            used++;
            count(scene, 1);
        }
        lines.addAll(rightColumn);
    }

    private void count(int scene, int rows) {
        if (scene >= 0) {
            sceneRows[scene] += rows;
            if (firstPage[scene] == 0) {
                firstPage[scene] = pages.size() + 1;
            }
        }
    }

    private void newPage() {
        pages.add(lines);
        lines = new ArrayList<>();
        used = 0;
    }

    /** (CONTINUED) at the foot and CONTINUED: at the head where a scene runs over a page break. */
    private void addContinuedMarkers() {
        for (int p = 0; p + 1 < pages.size(); p++) {
            List<Line> page = pages.get(p);
            List<Line> next = pages.get(p + 1);
            if (page.isEmpty() || next.isEmpty()) {
                continue;
            }
            Line last = page.get(page.size() - 1);
            Line first = next.get(0);
            if (last.scene() < 0 || last.scene() != first.scene()) {
                continue;
            }
            int lastRow = 0;
            for (Line line : page) {
                lastRow = Math.max(lastRow, line.row());
            }
            page.add(new Line(lastRow + 2, LineKind.CONTINUED, settings.paper().rightEdge(), Line.Align.RIGHT,
                    StyledText.of("(CONTINUED)"), last.scene()));
            List<Line> shifted = new ArrayList<>();
            shifted.add(new Line(0, LineKind.CONTINUED, Paper.LEFT_MARGIN, Line.Align.LEFT,
                    StyledText.of("CONTINUED:"), first.scene()));
            for (Line line : next) {
                shifted.add(new Line(line.row() + 2, line.kind(), line.x(), line.align(), line.text(), line.scene()));
            }
            pages.set(p + 1, shifted);
        }
    }
}
