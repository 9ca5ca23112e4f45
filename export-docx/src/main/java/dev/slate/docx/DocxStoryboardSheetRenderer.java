package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.layout.Paper;
import dev.slate.docx.internal.BoardSettings;
import dev.slate.docx.internal.Streams;
import dev.slate.docx.internal.StoryboardSheet;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders a storyboard sheet (DOCX): every shot of the list as a frame in a grid, 6 or 9 to a
 * landscape page, each with its scene and shot number, size, move, lens and description. A shot
 * with a board shows it; a shot without one, or whose board cannot be shown, gets an empty frame
 * to sketch in. The shots follow the list's order. Same input, same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocxStoryboardSheetRenderer.builder().storyboards(StoryboardSource.files(folder)).build().render(screenplay, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocxStoryboardSheetRenderer {

    private final Builder settings;

    private DocxStoryboardSheetRenderer(Builder b) {
        Builder copy = new Builder();
        copy.paper = b.paper;
        copy.options = b.options;
        copy.boards = b.boards;
        copy.framesPerPage = b.framesPerPage;
        this.settings = copy;
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sheet's bytes; boards that cannot be shown are empty frames, reported to {@link Builder#boardProblems}. */
    public byte[] render(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        return new StoryboardSheet(settings.paper, settings.options, settings.boards.source(),
                settings.boards.maxPixels(), settings.boards.problems(), settings.framesPerPage, screenplay).toBytes();
    }

    /**
     * Writes the sheet to a stream in one piece. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void render(Screenplay screenplay, OutputStream out) {
        Streams.write(render(screenplay), Streams.notNull(out), "the storyboard sheet");
    }

    /** Options of the sheet; each has a default. */
    public static final class Builder {
        private Paper paper = Paper.LETTER;
        private ShotListOptions options = ShotListOptions.DEFAULTS;
        private BoardSettings boards = BoardSettings.DEFAULT;
        private int framesPerPage = 6;

        private Builder() {
        }

        /** US Letter (default) or A4, always landscape. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper must not be null");
            return this;
        }

        /** The order of the shots and the title block (columns are not used). */
        public Builder options(ShotListOptions options) {
            this.options = Objects.requireNonNull(options, "options must not be null");
            return this;
        }

        /** Where the images come from; default each shot's storyboard path inside the working directory. */
        public Builder storyboards(StoryboardSource storyboards) {
            this.boards = boards.withSource(storyboards);
            return this;
        }

        /** The largest image accepted, in pixels; default 50 megapixels. */
        public Builder maxBoardPixels(long pixels) {
            this.boards = boards.withMaxPixels(pixels);
            return this;
        }

        /** Told of every board that cannot be shown; default ignores them. */
        public Builder boardProblems(Consumer<StoryboardProblem> boardProblems) {
            this.boards = boards.withProblems(boardProblems);
            return this;
        }

        /** 6 (3 × 2, default) or 9 (3 × 3) frames a page. */
        public Builder framesPerPage(int frames) {
            if (frames != 6 && frames != 9) {
                throw new IllegalArgumentException("framesPerPage must be 6 or 9, got " + frames);
            }
            this.framesPerPage = frames;
            return this;
        }

        /** The renderer, immutable; the builder may be reused. */
        public DocxStoryboardSheetRenderer build() {
            return new DocxStoryboardSheetRenderer(this);
        }
    }
}
