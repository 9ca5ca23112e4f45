package dev.slate.core.revision;

import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.LockedLayout;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.revision.internal.Marks;
import dev.slate.core.revision.internal.PrintedDraft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A revised draft laid out for production: its pages, the rows that carry a revision mark, the
 * number each page prints and whether it is a revised page. Immutable and thread-safe:
 *
 * <pre>{@code
 * RevisedLayout revised = RevisedLayout.of(paginator, previousDraft, newDraft, RevisedLayout.Locking.PAGES);
 * for (int p = 0; p < revised.layout().pageCount(); p++) {
 *     revised.numberLabel(p);   // "23A."
 *     revised.markedRows(p);    // rows with an asterisk
 *     revised.changed(p);       // one of the revision's pages
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RevisedLayout {

    /**
     * What is locked from the previous draft.
     *
     * @since 0.1.0
     */
    public enum Locking {
        /** Nothing: the new draft is numbered and paginated as it stands; only the marks show what changed. */
        NONE,
        /**
         * Scene numbers: kept scenes print their previous numbers, a new scene is numbered between its
         * neighbours (12A), and a deleted scene prints as {@code OMITTED} with its number.
         */
        SCENE_NUMBERS,
        /** Scene numbers and pages: the previous draft's page breaks are kept, with A-pages and combined pages. */
        PAGES
    }

    private final Comparison comparison;
    private final Screenplay printed;
    private final Layout layout;
    private final List<String> labels;
    private final List<SortedSet<Integer>> marks;
    private final boolean[] changed;

    private RevisedLayout(Comparison comparison, Screenplay printed, Layout layout, List<String> labels,
                          List<SortedSet<Integer>> marks, boolean[] changed) {
        this.comparison = comparison;
        this.printed = printed;
        this.layout = layout;
        this.labels = labels;
        this.marks = marks;
        this.changed = changed;
    }

    /** Compares {@code previous} with {@code revised} and lays the revision out with {@code paginator}. */
    public static RevisedLayout of(Paginator paginator, Screenplay previous, Screenplay revised, Locking locking) {
        Checks.notNull(paginator, "paginator");
        Checks.notNull(previous, "previous");
        Checks.notNull(revised, "revised");
        Checks.notNull(locking, "locking");
        Comparison comparison = ScriptComparison.compare(previous, revised);
        PrintedDraft draft = locking == Locking.NONE ? PrintedDraft.asGiven(previous, revised, comparison)
                : PrintedDraft.locked(previous, revised, comparison);
        Layout layout;
        List<String> labels = new ArrayList<>();
        LockedLayout locked = null;
        if (locking == Locking.PAGES) {
            locked = paginator.paginateLocked(previous, draft.screenplay(), draft);
            layout = locked.layout();
            for (int p = 0; p < layout.pageCount(); p++) {
                labels.add(locked.numberLabel(p).orElse(""));
            }
        } else {
            layout = paginator.paginate(draft.screenplay());
            layout.pages().forEach(page -> labels.add(page.numberLabel().orElse("")));
        }
        List<SortedSet<Integer>> marks = new ArrayList<>();
        for (TreeSet<Integer> rows : Marks.of(draft, layout, comparison, locking != Locking.NONE)) {
            marks.add(Collections.unmodifiableSortedSet(rows));
        }
        boolean[] changed = new boolean[layout.pageCount()];
        for (int p = 0; p < changed.length; p++) {
            changed[p] = !marks.get(p).isEmpty() || (locked != null && movedOrNew(locked, p));
        }
        return new RevisedLayout(comparison, draft.screenplay(), layout, List.copyOf(labels), List.copyOf(marks),
                changed);
    }

    /** Whether a locked page is an A-page, a combined page, or shows other lines than the page it replaces. */
    private static boolean movedOrNew(LockedLayout locked, int page) {
        int old = locked.lockedPages().get(page);
        if (!locked.labels().get(page).equals(Integer.toString(old))) {
            return true;
        }
        return !samePrint(locked.layout().pages().get(page), locked.previous().pages().get(old - 1));
    }

    /** Whether two pages print the same lines, scene indexes and CONTINUED markers (which count pages) left out. */
    private static boolean samePrint(Page a, Page b) {
        List<Line> left = a.lines().stream().filter(l -> l.kind() != LineKind.CONTINUED).toList();
        List<Line> right = b.lines().stream().filter(l -> l.kind() != LineKind.CONTINUED).toList();
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            Line x = left.get(i);
            Line y = right.get(i);
            if (x.row() != y.row() || x.kind() != y.kind() || x.x() != y.x() || x.align() != y.align()
                    || !x.text().equals(y.text())) {
                return false;
            }
        }
        return true;
    }

    /** The comparison of the two drafts. */
    public Comparison comparison() {
        return comparison;
    }

    /** The revised draft as printed: with locked scene numbers and {@code OMITTED} scenes when those are locked. */
    public Screenplay printed() {
        return printed;
    }

    /** The pages of the revised draft. */
    public Layout layout() {
        return layout;
    }

    /** The number printed at the top of page {@code index} (0 for the first): {@code "12."}, {@code "12A."}, {@code "24-25."}. */
    public Optional<String> numberLabel(int index) {
        String label = labels.get(index);
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /** The rows of page {@code index} that carry a revision mark, in order. */
    public SortedSet<Integer> markedRows(int index) {
        return marks.get(index);
    }

    /**
     * Whether page {@code index} is one of the revision's pages: it carries a mark, or, with locked pages,
     * it is an A-page or a combined page or shows other lines than the page it replaces.
     */
    public boolean changed(int index) {
        return changed[index];
    }

    /** Whether any page changed. */
    public boolean anyChanged() {
        for (boolean c : changed) {
            if (c) {
                return true;
            }
        }
        return false;
    }
}
