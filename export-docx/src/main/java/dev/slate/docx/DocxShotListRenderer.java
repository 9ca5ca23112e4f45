package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import dev.slate.docx.internal.RenderOptions;
import dev.slate.docx.internal.ShotListDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * flushed, not closed.
     *
     * @throws ShotListRenderException when a storyboard image is missing or not a readable PNG or
     *                                  JPEG; the message names the scene and the shot
     * @throws UncheckedIOException     when the stream fails
     */
    public void render(Screenplay screenplay, OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        byte[] bytes = render(screenplay);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shot list: " + e.getMessage(), e);
        }
    }

    /**
     * The shot list of a screenplay as the bytes of a DOCX file.
     *
     * @throws ShotListRenderException when a storyboard image is missing or unreadable, naming the shot
     */
    public byte[] render(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        ShotList list = ShotList.of(screenplay, options.order(), options.pageEighths().of(screenplay));
        return new ShotListDocument(options, screenplay, list).toBytes();
    }

    /** Options of the renderer; each has a default. */
    public static final class Builder {
        private Paper paper = Paper.LETTER;
        private List<ShotListColumn> columns = ShotListColumn.defaults();
        private ShotListOrder order = ShotListOrder.SCRIPT;
        private ShotList.PageEighths pageEighths = ShotList.PageEighths.LETTER;
        private StoryboardSource storyboards = StoryboardSource.files(Path.of(""));
        private String title;
        private LocalDate date;
        private String director;
        private String cinematographer;
        private String notes;

        private Builder() {
        }

        /** US Letter (default) or A4, always landscape. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper must not be null");
            return this;
        }

        /**
         * The columns, in order; default {@link ShotListColumn#defaults()}. Add
         * {@link ShotListColumn#STORYBOARD} for thumbnails.
         */
        public Builder columns(List<ShotListColumn> columns) {
            this.columns = ShotListColumn.checkedList(columns);
            return this;
        }

        /** Script order (default) or shooting order, grouped by camera setup within each scene. */
        public Builder order(ShotListOrder order) {
            this.order = Objects.requireNonNull(order, "order must not be null");
            return this;
        }

        /** Where scene lengths come from, printed in the scene rows; default {@link ShotList.PageEighths#LETTER}. */
        public Builder pageEighths(ShotList.PageEighths pageEighths) {
            this.pageEighths = Objects.requireNonNull(pageEighths, "pageEighths must not be null");
            return this;
        }

        /**
         * Where storyboard images come from when the storyboard column is shown; default each shot's
         * storyboard path read relative to the working directory.
         */
        public Builder storyboards(StoryboardSource storyboards) {
            this.storyboards = Objects.requireNonNull(storyboards, "storyboards must not be null");
            return this;
        }

        /** The project title; default the title page's title, or "Untitled". */
        public Builder title(String title) {
            this.title = blankToNull(title);
            return this;
        }

        /**
         * The date printed in the title block and stored as the document's creation date; default
         * none printed (the title page's draft date is shown if there is one) and a fixed stored date,
         * so that the output does not change from run to run.
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** A "Director" line in the title block; default none. */
        public Builder director(String director) {
            this.director = blankToNull(director);
            return this;
        }

        /** A "DP" line in the title block; default none. */
        public Builder cinematographer(String cinematographer) {
            this.cinematographer = blankToNull(cinematographer);
            return this;
        }

        /** A "Notes" line in the title block; default none. */
        public Builder notes(String notes) {
            this.notes = blankToNull(notes);
            return this;
        }

        /** The renderer, immutable; the builder may be reused. */
        public DocxShotListRenderer build() {
            return new DocxShotListRenderer(new RenderOptions(paper, columns, order, pageEighths, storyboards,
                    Optional.ofNullable(title), Optional.ofNullable(date), Optional.ofNullable(director),
                    Optional.ofNullable(cinematographer), Optional.ofNullable(notes)));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
