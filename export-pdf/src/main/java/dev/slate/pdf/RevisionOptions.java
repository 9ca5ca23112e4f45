package dev.slate.pdf;

import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.Revision;

import java.util.Objects;

/**
 * How a revised draft is printed by {@link PdfScreenplayRenderer#renderRevision}: the revision named in
 * the header of every revised page, what is locked from the previous draft, where the asterisks go
 * and whether only the revised pages are printed. Immutable and thread-safe:
 *
 * <pre>{@code
 * RevisionOptions blue = RevisionOptions.builder(Revision.of("blue", LocalDate.of(2026, 12, 1)))
 *         .locking(RevisedLayout.Locking.PAGES)
 *         .build();
 * renderer.renderRevision(previousDraft, newDraft, blue, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RevisionOptions {

    /** Final Draft's place for revision marks on Letter paper: 7.75 in from the left edge. */
    public static final double DEFAULT_MARK_COLUMN = 7.75;

    private final Revision revision;
    private final RevisedLayout.Locking locking;
    private final double markColumn;
    private final boolean coloredMarks;
    private final boolean changedPagesOnly;

    private RevisionOptions(Builder b) {
        this.revision = b.revision;
        this.locking = b.locking;
        this.markColumn = b.markColumn;
        this.coloredMarks = b.coloredMarks;
        this.changedPagesOnly = b.changedPagesOnly;
    }

    /** Options for printing {@code revision}; each setter of the builder documents its default. */
    public static Builder builder(Revision revision) {
        return new Builder(Objects.requireNonNull(revision, "revision must not be null"));
    }

    /** The revision in the header of revised pages and in the document information. */
    public Revision revision() {
        return revision;
    }

    /** What is locked from the previous draft. */
    public RevisedLayout.Locking locking() {
        return locking;
    }

    /** Where the asterisks go: inches from the left edge of the paper to their left side. */
    public double markColumn() {
        return markColumn;
    }

    /** Whether the asterisks are printed in the revision's colour. */
    public boolean coloredMarks() {
        return coloredMarks;
    }

    /** Whether only the revised pages are printed. */
    public boolean changedPagesOnly() {
        return changedPagesOnly;
    }

    /** Options of a revised print. */
    public static final class Builder {
        private final Revision revision;
        private RevisedLayout.Locking locking = RevisedLayout.Locking.NONE;
        private double markColumn = DEFAULT_MARK_COLUMN;
        private boolean coloredMarks;
        private boolean changedPagesOnly;

        private Builder(Revision revision) {
            this.revision = revision;
        }

        /** What is locked from the previous draft; default {@link RevisedLayout.Locking#NONE}. */
        public Builder locking(RevisedLayout.Locking locking) {
            this.locking = Objects.requireNonNull(locking, "locking must not be null");
            return this;
        }

        /**
         * Where the asterisks go, in inches from the left edge of the paper, 7.0 to 8.0; default 7.75
         * ({@link #DEFAULT_MARK_COLUMN}). A row with a scene number on the right puts its mark after the number.
         */
        public Builder markColumn(double inches) {
            if (!(inches >= 7.0 && inches <= 8.0)) {
                throw new IllegalArgumentException("markColumn must be between 7.0 and 8.0 inches, got " + inches);
            }
            this.markColumn = inches;
            return this;
        }

        /** Print the asterisks in the revision's colour, when it names one; default off (black). */
        public Builder coloredMarks(boolean colored) {
            this.coloredMarks = colored;
            return this;
        }

        /** Print only the revised pages, as a production sends them out; default off (every page). */
        public Builder changedPagesOnly(boolean only) {
            this.changedPagesOnly = only;
            return this;
        }

        /** The options; the builder may be reused. */
        public RevisionOptions build() {
            return new RevisionOptions(this);
        }
    }
}
