package dev.slate.core.layout;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * A revised draft laid out on the locked pages of its previous draft: each page of the revision
 * belongs to the previous draft's page it replaces. What no longer fits on a page goes on to A-pages
 * ({@code 23A}, {@code 23B}); a page whose text has all gone is folded into the page before it, which
 * prints both numbers ({@code 24-25}).
 *
 * @param layout      the pages of the revision, numbered in order from 1
 * @param previous    the pages of the previous draft
 * @param labels      one per page of the revision: the number it prints, without its full stop
 * @param lockedPages one per page of the revision: the number of the previous draft's page it replaces
 *
 * @since 0.1.0
 */
public record LockedLayout(Layout layout, Layout previous, List<String> labels, List<Integer> lockedPages) {

    /** Checks the fields: a label and a locked page for every page. */
    public LockedLayout {
        Checks.notNull(layout, "layout");
        Checks.notNull(previous, "previous");
        labels = Checks.listOf(labels, "labels");
        lockedPages = Checks.listOf(lockedPages, "lockedPages");
        if (labels.size() != layout.pageCount() || lockedPages.size() != layout.pageCount()) {
            throw new IllegalArgumentException("labels and lockedPages must have one entry per page ("
                    + layout.pageCount() + "), got " + labels.size() + " and " + lockedPages.size());
        }
    }

    /**
     * The number printed at the top of page {@code index} (0 for the first page): {@code "12A."};
     * none on the first page when it is page 1, as on an unlocked script.
     */
    public Optional<String> numberLabel(int index) {
        String label = labels.get(index);
        return index == 0 && label.equals("1") ? Optional.empty() : Optional.of(label + ".");
    }
}
