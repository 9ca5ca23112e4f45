package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import dev.slate.docx.internal.BoardSettings;
import dev.slate.docx.internal.Streams;
import dev.slate.docx.internal.RenderOptions;
import dev.slate.docx.internal.ShotListDocument;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders the shots of a screenplay as a printable shot list in Word format (DOCX): landscape
 * pages, a title block, one section per scene (a heading row, a row per shot, the scene's totals),
 * the grand total and a legend of the abbreviations used. The header row repeats on every page,
 * rows never split, the footer reads "Page N of M", and all text uses named paragraph styles
 * ({@code Shot List}, {@code Shot List Cell}...) so a user can restyle the list in one place.
 *
 * <p>The same input always gives the same bytes: the document dates are fixed unless
 * {@link Builder#date(LocalDate)} is set. The whole document is built in memory before the first
 * byte is written, so a failure never leaves a partial file. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocxShotListRenderer.builder()
 *         .paper(Paper.A4)
 *         .order(ShotListOrder.SETUP)
 *         .director("Mei Tan")
 *         .date(LocalDate.of(2026, 11, 26))
 *         .build()
 *         .render(screenplay, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocxShotListRenderer {

    private final RenderOptions options;

    private DocxShotListRenderer(RenderOptions options) {
        this.options = options;
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the shot list of a screenplay to a stream, complete or not at all. The stream is
     * flushed, not closed. A storyboard that cannot be shown prints as an empty frame with its path
     * and is reported to {@link Builder#boardProblems}.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void render(Screenplay screenplay, OutputStream out) {
        Streams.write(render(screenplay), Streams.notNull(out), "the shot list");
    }

    /** The shot list of a screenplay as the bytes of a DOCX file. */
    public byte[] render(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        return new ShotListDocument(options, screenplay, options.list().list(screenplay)).toBytes();
    }

    /** Options of the renderer; each has a default. */
    public static final class Builder {
        private Paper paper = Paper.LETTER;
        private ShotListOptions.Builder list = ShotListOptions.builder();
        private BoardSettings boards = BoardSettings.DEFAULT;
        private LocalDate documentDate;

        private Builder() {
        }

        /** US Letter (default) or A4, always landscape. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper must not be null");
            return this;
        }

        /** Columns, order, scene lengths and title block, as every shot-list format takes them. */
        public Builder options(ShotListOptions options) {
            this.list = Objects.requireNonNull(options, "options must not be null").toBuilder();
            return this;
        }

        /**
         * The columns, in order; default {@link ShotListColumn#defaults()}. Add
         * {@link ShotListColumn#STORYBOARD} for thumbnails.
         */
        public Builder columns(List<ShotListColumn> columns) {
            list.columns(columns);
            return this;
        }

        /** Script order (default) or shooting order, grouped by camera setup within each scene. */
        public Builder order(ShotListOrder order) {
            list.order(order);
            return this;
        }

        /** Where scene lengths come from, printed in the scene rows; default {@link ShotList.PageEighths#LETTER}. */
        public Builder pageEighths(ShotList.PageEighths pageEighths) {
            list.pageEighths(pageEighths);
            return this;
        }

        /**
         * Where storyboard images come from; default each shot's storyboard path read inside the
         * working directory. Give {@code StoryboardSource.files(scriptFolder)} for a script's boards.
         */
        public Builder storyboards(StoryboardSource storyboards) {
            this.boards = boards.withSource(storyboards);
            return this;
        }

        /**
         * The largest storyboard image accepted, in pixels (width × height, read from the header
         * before decoding); default {@link Storyboards#DEFAULT_MAX_PIXELS}, 50 megapixels.
         */
        public Builder maxBoardPixels(long pixels) {
            this.boards = boards.withMaxPixels(pixels);
            return this;
        }

        /** Told of every storyboard that cannot be shown (it prints as an empty frame); default ignores them. */
        public Builder boardProblems(Consumer<StoryboardProblem> boardProblems) {
            this.boards = boards.withProblems(boardProblems);
            return this;
        }

        /** The project title; default the title page's title, or "Untitled". */
        public Builder title(String title) {
            list.title(title);
            return this;
        }

        /** The shoot date, printed in the title block and every page header; default none. */
        public Builder date(LocalDate date) {
            list.date(date);
            return this;
        }

        /**
         * The creation and modification date stored in the document; default a fixed date
         * (2026-01-01), so that the same input always gives the same bytes.
         */
        public Builder documentDate(LocalDate date) {
            this.documentDate = date;
            return this;
        }

        /** A "Director" line in the title block; default none. */
        public Builder director(String director) {
            list.director(director);
            return this;
        }

        /** A "DP" line in the title block; default none. */
        public Builder cinematographer(String cinematographer) {
            list.dp(cinematographer);
            return this;
        }

        /** A "Notes" line in the title block; default none. */
        public Builder notes(String notes) {
            list.notes(notes);
            return this;
        }

        /** The renderer, immutable; the builder may be reused. */
        public DocxShotListRenderer build() {
            return new DocxShotListRenderer(new RenderOptions(paper, list.build(), boards.source(),
                    boards.maxPixels(), boards.problems(), Optional.ofNullable(documentDate)));
        }
    }
}
