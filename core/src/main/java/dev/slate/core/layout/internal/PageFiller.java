package dev.slate.core.layout.internal;

import dev.slate.core.layout.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with blocks, following FORMAT.md's page-break rules: a heading is never the last
 * thing on a page; a transition never starts one; action of 1–3 rows stays whole; longer action and
 * dialogue break where {@link Splitter} allows; a forced break always wins; and when nothing legal
 * fits on an empty page, the block is cut at the line limit. With CONTINUED markers, a page that a
 * scene runs over gives its last line to {@code (CONTINUED)} and the next page its first two to
 * {@code CONTINUED:}; other pages keep all their lines. One filler per pagination: it holds that
 * call's state.
 */
final class PageFiller {

    /** Rows the head marker takes: {@code CONTINUED:} and a blank row. */
    private static final int HEAD_MARKER_ROWS = 2;

    private final Settings settings;
    private final Blocks blocks;
    private final ContinuedMarkers markers;
    private final List<List<Line>> pages = new ArrayList<>();
    private final int[] sceneRows;
    private final int[] firstPage;
    private final List<PageStart> starts = new ArrayList<>();
    /** Whether blocks and rows are let go of once laid, and no page starts are kept. */
    private final boolean releasing;

    /**
     * A filler of {@code blocks}; a {@code releasing} one lets each block go, and lets
     * a long element's rows go, once they are laid on a page, so that a paragraph's lines and its rows
     * are not all held at once: for blocks no other filler reads, and it keeps no {@link #starts()}.
     */
    PageFiller(Settings settings, Blocks blocks, int scenes, ContinuedMarkers markers, boolean releasing) {
        this.settings = settings;
        this.blocks = blocks;
        this.markers = markers;
        this.sceneRows = new int[scenes];
        this.firstPage = new int[scenes];
        this.releasing = releasing;
    }

    /** Where filling stands: the next block, or what is left of it after a break. */
    record Cursor(int index, Block pending) {
    }

    /**
     * Where a page starts, and the rows of the block that its foot breaks, if any: what locked pages
     * lay again on the same page.
     */
    record PageStart(Cursor at, List<Row> brokenHead) {
    }

    /**
     * One page as laid: its lines, the rows it uses, the scene rows it adds, the rows of a block broken at
     * its foot (null when none is), and where the next page starts.
     */
    private record Attempt(List<Line> lines, int used, int lastScene, List<int[]> counts, List<Row> brokenHead,
                           Cursor next) {
    }

    /** The lines of each page, in order. */
    List<List<Line>> fill() {
        int lines = settings.linesPerPage();
        Cursor at = new Cursor(0, null);
        int continuing = -1;
        int laid = 0;
        while (blocks.has(at.index())) {
            int top = continuing >= 0 ? HEAD_MARKER_ROWS : 0;
            Attempt page = lay(at, top, lines);
            if (markers != null && runsOver(page) >= 0 && page.used() > lines - 1) {
                page = lay(at, top, lines - 1); // the foot marker needs the last line
            }
            if (page.lines().isEmpty()) {
                at = page.next();
                continue;
            }
            for (int[] count : page.counts()) {
                sceneRows[count[0]] += count[1];
                if (firstPage[count[0]] == 0) {
                    firstPage[count[0]] = pages.size() + 1;
                }
            }
            List<Line> out = new ArrayList<>();
            if (continuing >= 0) {
                out.addAll(markers.head(continuing));
            }
            out.addAll(page.lines());
            int over = markers == null ? -1 : runsOver(page);
            if (over >= 0) {
                out.add(markers.foot(over, lines - 1));
            }
            pages.add(out);
            continuing = over;
            if (releasing) {
                at = page.next();
                for (; laid < at.index(); laid++) {
                    blocks.release(laid);
                }
                if (at.pending() != null) {
                    at.pending().release();
                }
            } else {
                starts.add(new PageStart(at, page.brokenHead()));
                at = page.next();
            }
        }
        return pages;
    }

    /** Where each page of {@link #fill()} starts, in order. */
    List<PageStart> starts() {
        if (releasing) {
            throw new IllegalStateException("a releasing filler keeps no page starts");
        }
        return starts;
    }

    /** Lines each scene takes, blank lines before its elements included. */
    int sceneRows(int scene) {
        return sceneRows[scene];
    }

    /** The page (1-based) where a scene starts. */
    int firstPage(int scene) {
        return firstPage[scene];
    }

    /** The scene that a page's last line belongs to and that goes on on the next page, or -1. */
    private int runsOver(Attempt page) {
        int scene = page.lastScene();
        if (scene < 0 || page.lines().isEmpty()) {
            return -1;
        }
        Cursor next = page.next();
        if (next.pending() != null) {
            return scene;
        }
        for (int i = next.index(); blocks.has(i); i++) {
            Block block = blocks.get(i);
            if (block.kind() != Block.Kind.PAGE_BREAK) {
                return block.kind() != Block.Kind.HEADING && block.scene() == scene ? scene : -1;
            }
        }
        return -1;
    }

    /** Lays one page from {@code at}: rows {@code top} to {@code capacity - 1}. */
    private Attempt lay(Cursor at, int top, int capacity) {
        Sheet sheet = new Sheet(top);
        int index = at.index();
        Block pending = at.pending();
        List<Row> brokenHead = null;
        while (blocks.has(index)) {
            Block block = pending != null ? pending : blocks.get(index);
            if (block.kind() == Block.Kind.PAGE_BREAK) {
                index++;
                if (!sheet.empty) {
                    break;
                }
                continue;
            }
            if (block.kind() == Block.Kind.HEADING && settings.scenePerPage() && !sheet.empty && block.scene() > 0) {
                break;
            }
            int gap = sheet.empty ? 0 : 1;
            int room = capacity - sheet.used - gap;
            boolean whole = block.height() <= room;
            if (whole && followersFit(index, room - block.height())) {
                sheet.put(block.rows(), gap, block);
                index++;
                pending = null;
                continue;
            }
            Splitter.Split split = Splitter.best(block, room);
            if (split != null) { // every break keeps at least two rows of text, so filling moves on
                sheet.put(split.head(), gap, block);
                brokenHead = split.head();
                pending = split.tail();
                break;
            }
            if (!sheet.empty) {
                break;
            }
            if (whole) {
                sheet.put(block.rows(), gap, block);
                index++;
                pending = null;
                continue;
            }
            List<Row> head = new ArrayList<>();
            pending = hardSplit(sheet, block, room, head);
            brokenHead = head;
            break;
        }
        return new Attempt(sheet.lines, sheet.used, sheet.lastScene, sheet.counts, brokenHead,
                new Cursor(index, pending));
    }

    /** Rule 7: no legal break on an empty page, so cut at the limit; adds the rows laid to {@code head}, returns what is left. */
    private static Block hardSplit(Sheet sheet, Block block, int room, List<Row> head) {
        if (block.kind() == Block.Kind.DIALOGUE && room >= 2) {
            Block tail = block.rest(List.of(), room - 1);
            if (tail.height() < block.height()) {
                head.addAll(block.rows().subList(0, room - 1));
                head.add(block.more());
                sheet.put(head, 0, block);
                return tail;
            }
        }
        head.addAll(block.rows().subList(0, room));
        sheet.put(block.rows().subList(0, room), 0, block);
        Block.Kind kind = block.kind() == Block.Kind.DIALOGUE || block.kind() == Block.Kind.DUAL
                ? Block.Kind.WHOLE : block.kind();
        return Block.of(kind, block.scene(), block.rows().subList(room, block.height())).showing(block.element());
    }

    /**
     * Whether what must follow a block on the same page still fits in {@code rest} rows after it:
     * the first lines of the next element after a heading, a transition after anything.
     */
    private boolean followersFit(int index, int rest) {
        int next = index + 1;
        if (!blocks.has(next)) {
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
                if (depth < 2 && blocks.has(index + 1)) {
                    rows += 1 + smallestHead(index + 1, depth + 1);
                }
                return rows;
            default:
                rows = Splitter.smallestHead(block);
        }
        boolean whole = rows == block.height();
        if (whole && blocks.has(index + 1) && blocks.get(index + 1).kind() == Block.Kind.TRANSITION) {
            rows += 1 + blocks.get(index + 1).height();
        }
        return rows;
    }

    /** The page being laid: its lines, rows in use, and the rows it adds to each scene. */
    private static final class Sheet {
        private final List<Line> lines = new ArrayList<>();
        private final List<int[]> counts = new ArrayList<>();
        private int used;
        private boolean empty = true;
        private int lastScene = -1;

        Sheet(int top) {
            this.used = top;
        }

        void put(List<Row> rows, int gap, Block block) {
            int scene = block.scene();
            int from = 0;
            if (empty) {
                while (from < rows.size() && rows.get(from).isBlank()) {
                    from++; // blank lines at the top of a page are dropped
                }
                gap = 0;
            }
            if (from == rows.size()) {
                return;
            }
            used += gap;
            List<Line> rightColumn = null;
            for (int r = from; r < rows.size(); r++) {
                Row row = rows.get(r);
                for (int p = 0; p < row.size(); p++) {
                    Line line = row.line(p, used, scene, block.element());
                    if (row.right(p)) {
                        if (rightColumn == null) {
                            rightColumn = new ArrayList<>();
                        }
                        rightColumn.add(line);
                    } else {
                        lines.add(line);
                    }
                }
                used++;
            }
            if (rightColumn != null) {
                lines.addAll(rightColumn);
            }
            if (scene >= 0) {
                counts.add(new int[] {scene, gap + rows.size() - from});
            }
            empty = false;
            lastScene = scene;
        }
    }
}
