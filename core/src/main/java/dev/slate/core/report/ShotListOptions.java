package dev.slate.core.report;

import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a shot list shows, the same for every format (DOCX, XLSX, CSV): the columns, the order of
 * the shots, where scene lengths come from, and the title block. Immutable; {@link #toBuilder()}
 * edits a copy.
 *
 * <pre>{@code
 * ShotListOptions options = ShotListOptions.builder()
 *         .columns(ShotListColumn.parseList("shot,size,lens,description,minutes"))
 *         .order(ShotListOrder.SETUP)
 *         .title("Love Lights").director("Mei Tan").dp("Ray Okafor")
 *         .date(LocalDate.of(2026, 11, 26)).revision("Blue")
 *         .build();
 * }</pre>
 *
 * <p>Values are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ShotListOptions {

    /** Every option at its default. */
    public static final ShotListOptions DEFAULTS = builder().build();

    private final List<ShotListColumn> columns;
    private final ShotListOrder order;
    private final ShotList.PageEighths pageEighths;
    private final Optional<String> title;
    private final Optional<String> unit;
    private final Optional<String> director;
    private final Optional<String> dp;
    private final Optional<LocalDate> date;
    private final Optional<String> revision;
    private final Optional<String> notes;

    private ShotListOptions(Builder b) {
        this.columns = b.columns;
        this.order = b.order;
        this.pageEighths = b.pageEighths;
        this.title = Optional.ofNullable(b.title);
        this.unit = Optional.ofNullable(b.unit);
        this.director = Optional.ofNullable(b.director);
        this.dp = Optional.ofNullable(b.dp);
        this.date = Optional.ofNullable(b.date);
        this.revision = Optional.ofNullable(b.revision);
        this.notes = Optional.ofNullable(b.notes);
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.columns = columns;
        b.order = order;
        b.pageEighths = pageEighths;
        b.title = title.orElse(null);
        b.unit = unit.orElse(null);
        b.director = director.orElse(null);
        b.dp = dp.orElse(null);
        b.date = date.orElse(null);
        b.revision = revision.orElse(null);
        b.notes = notes.orElse(null);
        return b;
    }

    /** The shot list of a screenplay with these options: order and scene lengths. */
    public ShotList list(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        return ShotList.of(screenplay, order, pageEighths.measure(screenplay));
    }

    /** The columns in order; default {@link ShotListColumn#defaults()}. */
    public List<ShotListColumn> columns() {
        return columns;
    }

    /** The order of the shots within each scene; default {@link ShotListOrder#SCRIPT}. */
    public ShotListOrder order() {
        return order;
    }

    /** Where scene lengths come from; default {@link ShotList.PageEighths#LETTER}. */
    public ShotList.PageEighths pageEighths() {
        return pageEighths;
    }

    /** The project title; empty to take the title page's. */
    public Optional<String> title() {
        return title;
    }

    /** The title: the one set, else the title page's, else "Untitled". */
    public String title(Screenplay screenplay) {
        return title.or(() -> screenplay.titlePage().title().map(t -> t.replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty())).orElse("Untitled");
    }

    /** The episode or unit, such as {@code Ep. 3} or {@code 2nd unit}. */
    public Optional<String> unit() {
        return unit;
    }

    /** The director. */
    public Optional<String> director() {
        return director;
    }

    /** The director of photography. */
    public Optional<String> dp() {
        return dp;
    }

    /** The shoot date; printed, and stored as the document's date. */
    public Optional<LocalDate> date() {
        return date;
    }

    /** The version or revision of the list, such as {@code Blue}, as a revised screenplay names its draft. */
    public Optional<String> revision() {
        return revision;
    }

    /** A free line of notes under the title. */
    public Optional<String> notes() {
        return notes;
    }

    /** Options of a shot list; each has a default. Blank text counts as not set. */
    public static final class Builder {
        private List<ShotListColumn> columns = ShotListColumn.defaults();
        private ShotListOrder order = ShotListOrder.SCRIPT;
        private ShotList.PageEighths pageEighths = ShotList.PageEighths.LETTER;
        private String title;
        private String unit;
        private String director;
        private String dp;
        private LocalDate date;
        private String revision;
        private String notes;

        private Builder() {
        }

        /** The columns, in order; default {@link ShotListColumn#defaults()}. */
        public Builder columns(List<ShotListColumn> columns) {
            this.columns = ShotListColumn.checkedList(columns);
            return this;
        }

        /** Script order (default) or shooting order, grouped by camera setup within each scene. */
        public Builder order(ShotListOrder order) {
            this.order = Checks.notNull(order, "order");
            return this;
        }

        /** Where scene lengths come from; default {@link ShotList.PageEighths#LETTER}. */
        public Builder pageEighths(ShotList.PageEighths pageEighths) {
            this.pageEighths = Checks.notNull(pageEighths, "pageEighths");
            return this;
        }

        /** The project title; default the title page's title, or "Untitled". */
        public Builder title(String title) {
            this.title = blankToNull(title);
            return this;
        }

        /** The episode or unit; default none. */
        public Builder unit(String unit) {
            this.unit = blankToNull(unit);
            return this;
        }

        /** The director; default none. */
        public Builder director(String director) {
            this.director = blankToNull(director);
            return this;
        }

        /** The director of photography; default none. */
        public Builder dp(String dp) {
            this.dp = blankToNull(dp);
            return this;
        }

        /** The shoot date; default none printed and a fixed stored date, so that output never changes. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** The version or revision, such as {@code Blue}; default none. */
        public Builder revision(String revision) {
            this.revision = blankToNull(revision);
            return this;
        }

        /** A notes line; default none. */
        public Builder notes(String notes) {
            this.notes = blankToNull(notes);
            return this;
        }

        /** The options; the builder may be reused. */
        public ShotListOptions build() {
            return new ShotListOptions(this);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
