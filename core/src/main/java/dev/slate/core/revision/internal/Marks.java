package dev.slate.core.revision.internal;

import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;
import dev.slate.core.revision.Comparison;
import dev.slate.core.revision.ElementChange;
import dev.slate.core.revision.OmittedScene;
import dev.slate.core.revision.SceneChange;
import dev.slate.core.revision.TextRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows that carry a revision mark, page by page: a line showing a changed or new word, the line
 * where removed words were, a changed heading, an omitted scene, and the last line of a scene whose
 * end was cut.
 */
public final class Marks {

    /** A line of the layout: page and index in its lines. */
    private record At(int page, int line) {
    }

    private final Layout layout;
    private final List<TreeSet<Integer>> rows = new ArrayList<>();

    private Marks(Layout layout) {
        this.layout = layout;
        for (int p = 0; p < layout.pageCount(); p++) {
            rows.add(new TreeSet<>());
        }
    }

    /**
     * The marked rows of each page of {@code layout}, the layout of {@code draft}; {@code omittedShown}
     * tells whether deleted scenes print as {@code OMITTED} (else the heading after one is marked).
     */
    public static List<TreeSet<Integer>> of(PrintedDraft draft, Layout layout, Comparison comparison,
                                            boolean omittedShown) {
        Marks marks = new Marks(layout);
        List<List<LineTrace.Source>> sources = LineTrace.of(draft.screenplay(), layout);
        Map<Long, List<At>> byElement = new HashMap<>();
        Map<Integer, At> firstHeading = new HashMap<>();
        Map<Integer, At> lastLine = new HashMap<>();
        At lastOfScript = null;
        for (int p = 0; p < layout.pageCount(); p++) {
            List<Line> lines = layout.pages().get(p).lines();
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                At at = new At(p, l);
                LineTrace.Source source = sources.get(p).get(l);
                if (source != null) {
                    byElement.computeIfAbsent(key(source.scene(), source.element()), k -> new ArrayList<>()).add(at);
                    marks.markIfChanged(draft.change(source.scene(), source.element()), source, at);
                }
                if (line.kind() == LineKind.SCENE_HEADING) {
                    firstHeading.putIfAbsent(line.scene(), at);
                }
                if (!line.kind().isGenerated() || line.kind() == LineKind.SCENE_NUMBER) {
                    lastLine.put(line.scene(), at);
                    lastOfScript = at;
                }
            }
        }
        byElement.forEach((key, ats) -> marks.markRemovals(draft, key, ats, sources));
        for (int scene = 0; scene < draft.screenplay().scenes().size(); scene++) {
            SceneChange change = draft.change(scene);
            if (change == null || change.headingChanged()) {
                marks.mark(firstHeading.get(scene));
            }
            if (change != null && change.removedAtEnd()) {
                marks.mark(lastLine.get(scene));
            }
        }
        if (!omittedShown) {
            for (OmittedScene gone : comparison.omitted()) {
                marks.mark(gone.before() < draft.screenplay().scenes().size() ? firstHeading.get(gone.before())
                        : lastOfScript);
            }
        }
        return marks.rows;
    }

    private static long key(int scene, int element) {
        return ((long) scene << 32) ^ (element & 0xFFFFFFFFL);
    }

    /** Marks a line that shows a changed or new word (an empty new text counts where it stands). */
    private void markIfChanged(ElementChange change, LineTrace.Source source, At at) {
        if (change == null) {
            return;
        }
        for (TextRange range : change.changed()) {
            boolean empty = range.start() == range.end();
            if (range.overlaps(source.start(), source.end())
                    || (empty && range.start() >= source.start() && range.start() <= source.end())) {
                mark(at);
                return;
            }
        }
    }

    /** Each removal marks the last line of the element that starts at or before it. */
    private void markRemovals(PrintedDraft draft, long key, List<At> ats, List<List<LineTrace.Source>> sources) {
        LineTrace.Source first = sources.get(ats.get(0).page()).get(ats.get(0).line());
        ElementChange change = draft.change(first.scene(), first.element());
        if (change == null) {
            return;
        }
        for (int removal : change.removals()) {
            At chosen = ats.get(0);
            for (At at : ats) {
                if (sources.get(at.page()).get(at.line()).start() <= removal) {
                    chosen = at;
                }
            }
            mark(chosen);
        }
    }

    private void mark(At at) {
        if (at != null) {
            Page page = layout.pages().get(at.page());
            rows.get(at.page()).add(page.lines().get(at.line()).row());
        }
    }
}
