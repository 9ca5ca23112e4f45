package dev.slate.core.layout.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.internal.SlateLetters;
import dev.slate.core.layout.DraftMatching;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LockedLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locked pages: the previous draft is paginated as usual, and each of its page breaks is carried
 * over to the revision as a forced break before the same element, or, where the old page broke an
 * element that is unchanged, inside it at the same place (the old rows are laid again). Between two
 * such breaks the revision's text is filled as usual: one page when it still fits, A-pages when it
 * does not, none when all of it went.
 */
public final class LockedPagination {

    /** A page break carried over: before block {@code block}, or inside it ({@code head} laid, {@code tail} left). */
    private record Lock(int block, List<Row> head, Block tail) {
        boolean inside() {
            return head != null;
        }
    }

    private final Settings settings;
    private final List<Block> oldBlocks;
    private final List<int[]> oldOrigins = new ArrayList<>();
    private final List<Block> newBlocks;
    private final List<int[]> newOrigins = new ArrayList<>();

    private LockedPagination(Screenplay previous, Screenplay revised, Settings settings,
                             List<String> oldNumbers, List<String> newNumbers) {
        this.settings = settings;
        this.oldBlocks = Engine.blocks(previous, settings, oldNumbers, oldOrigins);
        this.newBlocks = Engine.blocks(revised, settings, newNumbers, newOrigins);
    }

    public static LockedLayout paginate(Screenplay previous, Screenplay revised, DraftMatching matching,
                                        Settings settings) {
        List<String> oldNumbers = Engine.sceneNumbers(previous);
        List<String> newNumbers = Engine.sceneNumbers(revised);
        LockedPagination pagination = new LockedPagination(previous, revised, settings, oldNumbers, newNumbers);
        PageFiller oldFiller = Engine.filler(settings, pagination.oldBlocks, oldNumbers);
        Layout old = Engine.layout(previous, settings, oldNumbers, oldFiller, oldFiller.fill());

        List<Lock> locks = pagination.locks(oldFiller.starts(), pagination.mapped(matching));
        List<Block> blocks = new ArrayList<>();
        List<Integer> segmentStarts = new ArrayList<>();
        pagination.assemble(locks, blocks, segmentStarts);
        PageFiller filler = Engine.filler(settings, blocks, newNumbers);
        List<List<Line>> filled = filler.fill();
        Layout layout = Engine.layout(revised, settings, newNumbers, filler, filled);

        List<Integer> segments = new ArrayList<>(filled.size());
        for (PageFiller.PageStart start : filler.starts()) {
            segments.add(segmentOf(start.at(), blocks, segmentStarts));
        }
        return new LockedLayout(layout, old, labels(segments, old.pageCount()), segments);
    }

    /** For each block of the previous draft, the index of the revision's block of the same element, or -1. */
    private int[] mapped(DraftMatching matching) {
        Map<Long, Integer> byOrigin = new HashMap<>();
        for (int j = 0; j < newOrigins.size(); j++) {
            byOrigin.putIfAbsent(key(newOrigins.get(j)[0], newOrigins.get(j)[1]), j);
        }
        int[] mapped = new int[oldBlocks.size()];
        for (int i = 0; i < mapped.length; i++) {
            int scene = oldOrigins.get(i)[0];
            int element = oldOrigins.get(i)[1];
            int newScene = scene < 0 ? -1 : matching.scene(scene);
            int newElement = element < 0 ? -1 : matching.element(scene, element);
            boolean gone = (scene >= 0 && newScene < 0) || (element >= 0 && newElement < 0);
            mapped[i] = gone ? -1 : byOrigin.getOrDefault(key(newScene, newElement), -1);
        }
        return mapped;
    }

    private static long key(int scene, int element) {
        return ((long) scene << 32) ^ (element & 0xFFFFFFFFL);
    }

    /** The breaks of the previous draft's pages after the first, carried over to the revision's blocks, in order. */
    private List<Lock> locks(List<PageFiller.PageStart> starts, int[] mapped) {
        List<Lock> locks = new ArrayList<>();
        int floor = 0;
        boolean floorInside = false;
        for (int k = 1; k < starts.size(); k++) {
            PageFiller.Cursor at = starts.get(k).at();
            Lock lock;
            int i = at.index();
            if (at.pending() != null && mapped[i] >= 0 && sameRows(oldBlocks.get(i), newBlocks.get(mapped[i]))
                    && starts.get(k - 1).brokenHead() != null) {
                lock = new Lock(mapped[i], starts.get(k - 1).brokenHead(), at.pending());
            } else {
                lock = new Lock(next(mapped, at.pending() != null ? i + 1 : i), null, null);
            }
            // breaks never go backwards: a break before a block already broken inside moves after it
            if (lock.block() < floor || (lock.block() == floor && floorInside && !lock.inside())) {
                lock = new Lock(floorInside ? floor + 1 : floor, null, null);
            }
            floor = lock.block();
            floorInside = lock.inside();
            locks.add(lock);
        }
        return locks;
    }

    /** The revision's block of the first block of the previous draft from {@code from} on that was kept. */
    private int next(int[] mapped, int from) {
        for (int i = from; i < mapped.length; i++) {
            if (mapped[i] >= 0) {
                return mapped[i];
            }
        }
        return newBlocks.size();
    }

    /** Whether two blocks print the same rows. */
    private static boolean sameRows(Block a, Block b) {
        if (a.height() != b.height() || a.kind() != b.kind()) {
            return false;
        }
        for (int r = 0; r < a.height(); r++) {
            Row x = a.rows().get(r);
            Row y = b.rows().get(r);
            if (x.part() != y.part() || !x.pieces().equals(y.pieces())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The revision's blocks with a forced break at every lock: {@code segmentStarts} gets, for each
     * previous page after the first, the index of the block its text starts with.
     */
    private void assemble(List<Lock> locks, List<Block> blocks, List<Integer> segmentStarts) {
        Block pageBreak = Block.of(Block.Kind.PAGE_BREAK, -1, List.of());
        int k = 0;
        for (int j = 0; j <= newBlocks.size(); j++) {
            while (k < locks.size() && (j == newBlocks.size() || locks.get(k).block() == j)
                    && !locks.get(k).inside()) {
                blocks.add(pageBreak);
                segmentStarts.add(blocks.size());
                k++;
            }
            if (j == newBlocks.size()) {
                break;
            }
            Block rest = newBlocks.get(j);
            while (k < locks.size() && locks.get(k).block() == j && locks.get(k).inside()) {
                blocks.add(Block.of(Block.Kind.WHOLE, rest.scene(), locks.get(k).head()).showing(rest.element()));
                blocks.add(pageBreak);
                segmentStarts.add(blocks.size());
                rest = locks.get(k).tail().inScene(rest.scene()).showing(rest.element());
                k++;
            }
            blocks.add(rest);
        }
        while (k++ < locks.size()) {
            blocks.add(pageBreak);
            segmentStarts.add(blocks.size());
        }
    }

    /** The previous page (from 1) that a page starting at {@code at} belongs to. */
    private static int segmentOf(PageFiller.Cursor at, List<Block> blocks, List<Integer> segmentStarts) {
        int index = at.index();
        if (at.pending() == null) {
            while (index < blocks.size() && blocks.get(index).kind() == Block.Kind.PAGE_BREAK) {
                index++;
            }
        }
        int segment = 1;
        for (int start : segmentStarts) {
            if (start <= index) {
                segment++;
            }
        }
        return segment;
    }

    /**
     * The printed numbers: a previous page's own for its first page, then A, B...; a run of previous
     * pages with no page of their own is named with the page before them ({@code 24-25}), or with the
     * page after them when they come first.
     */
    private static List<String> labels(List<Integer> segments, int oldPages) {
        List<String> labels = new ArrayList<>(segments.size());
        for (int p = 0; p < segments.size(); p++) {
            int segment = segments.get(p);
            int letter = 0;
            while (p - letter - 1 >= 0 && segments.get(p - letter - 1) == segment) {
                letter++;
            }
            labels.add(segment + SlateLetters.nth(letter));
        }
        for (int p = 0; p < segments.size(); p++) {
            boolean lastOfSegment = p + 1 == segments.size() || !segments.get(p + 1).equals(segments.get(p));
            int upTo = p + 1 < segments.size() ? segments.get(p + 1) - 1 : oldPages;
            if (lastOfSegment && upTo > segments.get(p)) {
                labels.set(p, labels.get(p) + "-" + upTo);
            }
        }
        if (!segments.isEmpty() && segments.get(0) > 1) {
            labels.set(0, "1-" + labels.get(0));
        }
        return labels;
    }
}
