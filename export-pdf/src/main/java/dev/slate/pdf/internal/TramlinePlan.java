package dev.slate.pdf.internal;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paper;
import dev.slate.core.report.CoverageReport;
import dev.slate.core.shot.Shot;
import dev.slate.pdf.TramlinePlacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each planned shot's tramline runs on each page of a lined script, in PDF points (y up from
 * the foot of the paper). A shot's line runs from the top of the first printed line of the first
 * element it covers to the foot of the last line of the last one; where that crosses a page break
 * it runs to the foot of the text area and resumes under the top margin of the next page. Each shot
 * of a scene has its own slot, left to right in plan order (across both bands when it takes two),
 * so lines of one scene never meet; lines of different scenes never share rows.
 */
final class TramlinePlan {

    /** The width of a slot while there is room: a third of an inch. */
    static final float SLOT = 24;
    /** Slots narrow down to this before a second band is used. */
    static final float MIN_SLOT = 9;
    /** From a covered line's baseline up to where its tramline starts: the top of its capitals. */
    static final float ABOVE_BASELINE = 8;
    /** The left-margin band: clear of the page edge and of scene numbers printed at 1.0 in. */
    static final double BAND_LEFT = 0.25;
    static final double BAND_RIGHT = 0.95;

    /**
     * One shot's line on one page.
     *
     * @param label      the shot number and size, {@code 2B CU}
     * @param slot       the slot's width; the line, its caps, zig-zags and label stay inside it
     * @param top        where the line starts: a covered line's top, or under the top margin
     * @param bottom     where it ends: a covered line's foot, or the foot of the text area
     * @param fromAbove  whether the shot began on an earlier page (an open cap at the top)
     * @param onward     whether the shot goes on on the next page (an arrow at the foot)
     * @param offCamera  {top, bottom} stretches over dialogue of a speaker the shot does not frame, top down
     * @param labelFloor the lowest y the label may use: above the line's top, in the blank row or margin there
     */
    record Segment(Shot shot, String label, float x, float slot, float top, float bottom, boolean fromAbove,
                   boolean onward, List<float[]> offCamera, float labelFloor) {
    }

    private final List<List<Segment>> pages;

    private TramlinePlan(List<List<Segment>> pages) {
        this.pages = pages;
    }

    /** The segments on a page, by its index in the layout's pages. */
    List<Segment> on(int page) {
        return pages.get(page);
    }

    static TramlinePlan of(Screenplay screenplay, Layout layout, TramlinePlacement placement) {
        Paper paper = layout.paper();
        ElementRows rows = new ElementRows(screenplay, layout);
        List<List<Segment>> pages = new ArrayList<>();
        layout.pages().forEach(p -> pages.add(new ArrayList<>()));
        CoverageReport coverage = CoverageReport.of(screenplay);
        List<List<CoverageReport.Entry>> entries = bySceneOf(screenplay, coverage);
        float[][] bands = bands(paper, placement);
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            int sceneIndex = s;
            List<Shot> lined = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (Shot shot : scene.shots()) {
                int[] span = shot.coverage().map(c -> rows.printedSpan(sceneIndex, c.first(), c.last())).orElse(null);
                if (span != null) {
                    lined.add(shot);
                    spans.add(span);
                }
            }
            Slots slots = new Slots(bands, lined.size());
            for (int k = 0; k < lined.size(); k++) {
                Shot shot = lined.get(k);
                int[] span = spans.get(k);
                Rows first = rows.of(s, span[0]).get(0);
                List<Rows> lastRows = rows.of(s, span[1]);
                Rows last = lastRows.get(lastRows.size() - 1);
                for (int p = first.page(); p <= last.page(); p++) {
                    boolean fromAbove = p != first.page();
                    boolean onward = p != last.page();
                    float top = fromAbove ? rowTop(paper, 0) : baseline(paper, first.top()) + ABOVE_BASELINE;
                    float bottom = onward ? rowTop(paper, layout.linesPerPage()) : rowTop(paper, last.bottom() + 1);
                    List<float[]> off = offCamera(rows, entries.get(sceneIndex), shot, span, p, top, bottom, paper);
                    float floor = fromAbove ? top + TramlineDrawer.CAP + 1 : rowTop(paper, first.top()) + 0.5f;
                    pages.get(p).add(new Segment(shot, label(shot), slots.x(k), slots.width(), top, bottom, fromAbove,
                            onward, off, floor));
                }
            }
        }
        return new TramlinePlan(pages);
    }

    private static List<List<CoverageReport.Entry>> bySceneOf(Screenplay screenplay, CoverageReport coverage) {
        List<List<CoverageReport.Entry>> scenes = new ArrayList<>();
        screenplay.scenes().forEach(s -> scenes.add(new ArrayList<>()));
        coverage.entries().forEach(e -> scenes.get(e.scene()).add(e));
        return scenes;
    }

    /** The stretches of the page where the shot rolls over dialogue of a speaker it does not frame. */
    private static List<float[]> offCamera(ElementRows rows, List<CoverageReport.Entry> scene, Shot shot, int[] span,
                                           int page, float top, float bottom, Paper paper) {
        List<float[]> off = new ArrayList<>();
        for (int e = span[0]; e <= span[1]; e++) {
            boolean onCamera = true;
            for (CoverageReport.Cover cover : scene.get(e).covers()) {
                if (cover.shot() == shot) {
                    onCamera = cover.speakerOnCamera();
                }
            }
            if (onCamera) {
                continue;
            }
            for (Rows r : rows.of(scene.get(e).scene(), e)) {
                if (r.page() == page) {
                    float from = Math.min(top, baseline(paper, r.top()) + ABOVE_BASELINE);
                    float to = Math.max(bottom, rowTop(paper, r.bottom() + 1));
                    off.add(new float[] {from, to});
                }
            }
        }
        return off;
    }

    /** The number and size of a shot, as supervisors label a line: {@code 2B CU}. */
    static String label(Shot shot) {
        return shot.number() + shot.size().map(s -> " " + s.toString().toUpperCase(Locale.ROOT)).orElse("");
    }

    /** The bands slots are taken from, the first one first: the text column and the left margin. */
    private static float[][] bands(Paper paper, TramlinePlacement placement) {
        float[] text = {Geometry.points(Paper.LEFT_MARGIN), Geometry.points(paper.rightEdge())};
        float[] margin = {Geometry.points(BAND_LEFT), Geometry.points(BAND_RIGHT)};
        return placement == TramlinePlacement.OVER_TEXT ? new float[][] {text, margin} : new float[][] {margin, text};
    }

    /** The top of a layout row's 12 pt slot. */
    static float rowTop(Paper paper, int row) {
        return Geometry.rowBaseline(paper, row) + Geometry.BASELINE;
    }

    static float baseline(Paper paper, int row) {
        return Geometry.rowBaseline(paper, row);
    }

    /**
     * The slots of one scene's lines: as wide as the first band allows up to {@link #SLOT}, then
     * narrower, then the second band too. Slots are numbered left to right across both bands, so
     * when the second band is left of the first (the margin, for lines over the text) it takes the
     * first shots and the text column the rest.
     */
    private static final class Slots {
        private final float[] left;
        private final float[] right;
        private final float width;
        private final int inLeft;

        Slots(float[][] bands, int count) {
            float first = bands[0][1] - bands[0][0];
            float second = bands[1][1] - bands[1][0];
            float w = count == 0 ? SLOT : Math.max(MIN_SLOT, Math.min(SLOT, first / count));
            if (count > fits(first, w) + fits(second, w)) {
                w = (first + second) / count; // more lines than both bands hold at the narrowest: narrower still
                while (count > fits(first, w) + fits(second, w)) {
                    w -= 0.01f; // and as much again as whole slots need, so that no slot runs out of its band
                }
            }
            this.width = w;
            int inFirst = Math.min(count, fits(first, w));
            boolean firstIsLeft = bands[0][0] < bands[1][0];
            this.left = firstIsLeft ? bands[0] : bands[1];
            this.right = firstIsLeft ? bands[1] : bands[0];
            this.inLeft = firstIsLeft ? inFirst : count - inFirst;
        }

        private static int fits(float band, float width) {
            return (int) Math.floor(band / width + 1e-4);
        }

        float width() {
            return width;
        }

        float x(int slot) {
            return slot < inLeft ? left[0] + (slot + 0.5f) * width : right[0] + (slot - inLeft + 0.5f) * width;
        }
    }

    /** The rows an element takes on one page. */
    record Rows(int page, int top, int bottom) {
    }

    /** For every scene element, the rows it is printed on, page by page. */
    private static final class ElementRows {
        private final List<List<List<Rows>>> scenes = new ArrayList<>();

        ElementRows(Screenplay screenplay, Layout layout) {
            for (Scene scene : screenplay.scenes()) {
                List<List<Rows>> elements = new ArrayList<>(scene.elements().size());
                scene.elements().forEach(e -> elements.add(new ArrayList<>(1)));
                scenes.add(elements);
            }
            List<Page> pages = layout.pages();
            for (int p = 0; p < pages.size(); p++) {
                for (Line line : pages.get(p).lines()) {
                    if (line.scene() >= 0 && line.element() >= 0) {
                        add(scenes.get(line.scene()).get(line.element()), p, line.row());
                    }
                }
            }
        }

        private static void add(List<Rows> rows, int page, int row) {
            Rows last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.page() == page) {
                rows.set(rows.size() - 1, new Rows(page, Math.min(last.top(), row), Math.max(last.bottom(), row)));
            } else {
                rows.add(new Rows(page, row, row));
            }
        }

        List<Rows> of(int scene, int element) {
            return scenes.get(scene).get(element);
        }

        /** The first and last printed elements from {@code first} to {@code last}; null when none is printed. */
        int[] printedSpan(int scene, int first, int last) {
            List<List<Rows>> elements = scenes.get(scene);
            int from = first;
            int to = Math.min(last, elements.size() - 1);
            while (from <= to && elements.get(from).isEmpty()) {
                from++;
            }
            while (to >= from && elements.get(to).isEmpty()) {
                to--;
            }
            return from <= to ? new int[] {from, to} : null;
        }
    }
}
