package dev.slate.core.layout;

import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.layout.internal.Engine;
import dev.slate.core.layout.internal.Settings;

/**
 * Lays a screenplay out on pages as FORMAT.md prescribes. Built once, immutable, thread-safe:
 *
 * <pre>{@code
 * Layout layout = Paginator.builder().paper(Paper.A4).sceneNumbers(SceneNumberPosition.BOTH).build()
 *         .paginate(screenplay);
 * int pages = layout.pageCount();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Paginator {

    private final Settings settings;

    private Paginator(Builder builder) {
        int lines = builder.linesPerPage > 0 ? builder.linesPerPage : builder.paper.linesPerPage();
        settings = new Settings(builder.paper, lines, builder.sceneNumbers, builder.boldHeadings,
                builder.underlinedHeadings, builder.notes, builder.sections, builder.synopses,
                builder.continuedMarkers, builder.scenePerPage);
    }

    /** A paginator with the defaults: US Letter, 55 lines, no scene numbers, plain headings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Lays out the script pages of a screenplay (not its title page). */
    public Layout paginate(Screenplay screenplay) {
        return Engine.paginate(Checks.notNull(screenplay, "screenplay"), settings);
    }

    /** The paper this paginator lays out for. */
    public Paper paper() {
        return settings.paper();
    }

    /** The most lines a page holds. */
    public int linesPerPage() {
        return settings.linesPerPage();
    }

    /** Options of a paginator; each setter documents its default. */
    public static final class Builder {
        private Paper paper = Paper.LETTER;
        private int linesPerPage;
        private SceneNumberPosition sceneNumbers = SceneNumberPosition.NONE;
        private boolean boldHeadings;
        private boolean underlinedHeadings;
        private boolean notes;
        private boolean sections;
        private boolean synopses;
        private boolean continuedMarkers;
        private boolean scenePerPage;

        private Builder() {
        }

        /** The paper; default {@link Paper#LETTER}. Also sets the widths and the default lines per page. */
        public Builder paper(Paper paper) {
            this.paper = Checks.notNull(paper, "paper");
            return this;
        }

        /** Lines of text a page holds, 10 to 80; default the paper's: 55 on Letter, 57 on A4. */
        public Builder linesPerPage(int linesPerPage) {
            if (linesPerPage < 10 || linesPerPage > 80) {
                throw new IllegalArgumentException("linesPerPage must be between 10 and 80, got " + linesPerPage);
            }
            this.linesPerPage = linesPerPage;
            return this;
        }

        /**
         * Where scene numbers are printed; default {@link SceneNumberPosition#NONE}. A scene's own number prints
         * as given; scenes without one are numbered around the given ones by {@link
         * dev.slate.core.SceneNumbering}'s rules (1, 2, 12A, 13), so printed numbers never go backwards.
         */
        public Builder sceneNumbers(SceneNumberPosition sceneNumbers) {
            this.sceneNumbers = Checks.notNull(sceneNumbers, "sceneNumbers");
            return this;
        }

        /** Bold scene headings; default off. */
        public Builder boldHeadings(boolean bold) {
            this.boldHeadings = bold;
            return this;
        }

        /** Underlined scene headings; default off. */
        public Builder underlinedHeadings(boolean underlined) {
            this.underlinedHeadings = underlined;
            return this;
        }

        /** Print the writer's notes, in italics at the action column; default off. */
        public Builder printNotes(boolean print) {
            this.notes = print;
            return this;
        }

        /** Print sections (act and sequence headings) in bold; default off. */
        public Builder printSections(boolean print) {
            this.sections = print;
            return this;
        }

        /** Print synopses in italics; default off. */
        public Builder printSynopses(boolean print) {
            this.synopses = print;
            return this;
        }

        /**
         * {@code (CONTINUED)} on the last line of a page where a scene runs over, and {@code CONTINUED:}
         * (from the scene's third page {@code CONTINUED: (2)}, with the scene number beside it where
         * numbers are printed) and a blank line at the head of the next; only pages that print a marker
         * give up those lines. Default off.
         */
        public Builder continuedMarkers(boolean markers) {
            this.continuedMarkers = markers;
            return this;
        }

        /** Start each scene on a new page; default off. */
        public Builder scenePerPage(boolean scenePerPage) {
            this.scenePerPage = scenePerPage;
            return this;
        }

        /** A paginator with these options; the builder may be reused. */
        public Paginator build() {
            return new Paginator(this);
        }
    }
}
