package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paginator;
import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.RevisionColor;
import dev.slate.pdf.internal.BundledFonts;
import dev.slate.pdf.internal.FamilyData;
import dev.slate.pdf.internal.FontData;
import dev.slate.pdf.internal.LinedOptions;
import dev.slate.pdf.internal.Options;
import dev.slate.pdf.internal.PdfBytes;
import dev.slate.pdf.internal.RenderJob;
import dev.slate.pdf.internal.RevisedPages;
import dev.slate.pdf.internal.Warnings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders a screenplay to a PDF in the industry format: Courier 12, FORMAT.md's columns, 55 lines a
 * Letter page, (MORE)/(CONT'D) where dialogue crosses a page, a title page from the title-page fields,
 * page numbers from the second script page on, a bookmark per scene. Built once, immutable and
 * thread-safe:
 *
 * <pre>{@code
 * PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder()
 *         .paginator(Paginator.builder().paper(Paper.A4).sceneNumbers(SceneNumberPosition.BOTH).build())
 *         .watermark("Copy for J. Smith")
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("script.pdf"))) {
 *     renderer.render(screenplay, out);
 * }
 * }</pre>
 *
 * The same screenplay and options give byte-identical files. A render runs on the calling thread and
 * one short-lived daemon thread of its own, {@code slate-pdf-compress}, which compresses the pages
 * already drawn while the next are drawn.
 *
 * @since 0.1.0
 */
public final class PdfScreenplayRenderer {

    private final Options options;

    private PdfScreenplayRenderer(Builder b) {
        FamilyData font = b.standardCourier ? null : b.font != null ? data(b.font) : BundledFonts.courierPrime();
        List<FamilyData> fallbacks = new ArrayList<>();
        b.fallbacks.forEach(f -> fallbacks.add(data(f)));
        options = new Options(b.paginator, b.watermark, b.header, b.footer, font, List.copyOf(fallbacks), b.systemFonts,
                b.documentId == null ? null : b.documentId.clone(), b.creationDate, new Warnings(b.warnings),
                b.lined || b.facingPages ? new LinedOptions(b.tramlineColours, b.tramlinePlacement, b.facingPages)
                        : null);
    }

    /** A renderer with the defaults: US Letter, Courier Prime embedded, no scene numbers, no watermark. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The paginator this renderer lays its pages out with: page counts and scene lengths taken from it
     * match the PDFs it writes.
     */
    public Paginator paginator() {
        return options.paginator();
    }

    /**
     * A renderer with these options for one screenplay rendered again and again while it is written
     * (a live preview): it writes the pages unchanged since its last render without drawing them again,
     * and gives the same bytes as this renderer.
     */
    public IncrementalPdfRenderer incremental() {
        return new IncrementalPdfRenderer(options);
    }

    /**
     * Writes the PDF of a screenplay to a stream, which is left open. Nothing is written when
     * rendering fails.
     *
     * @throws PdfRenderException   when a character cannot be drawn by any font, or a font cannot be used
     * @throws UncheckedIOException when the stream cannot be written
     */
    public void render(Screenplay screenplay, OutputStream out) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(RenderJob.render(screenplay, options), out);
    }

    static void write(PdfBytes pdf, OutputStream out) {
        try {
            pdf.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the PDF of a revised draft to a stream, which is left open: compared with {@code previous},
     * every changed line carries an asterisk in the right margin and every revised page the revision's
     * header; with locked scene numbers a deleted scene prints {@code OMITTED}, with locked pages the
     * previous draft's page breaks are kept (A-pages, combined pages). Nothing is written when rendering
     * fails.
     *
     * @throws PdfRenderException   when a character cannot be drawn by any font, or a font cannot be used
     * @throws UncheckedIOException when the stream cannot be written
     */
    public void renderRevision(Screenplay previous, Screenplay revised, RevisionOptions revision, OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        write(revision(previous, revised, revision), out);
    }

    /**
     * The PDF of a revised draft, in memory, as {@link #renderRevision(Screenplay, Screenplay,
     * RevisionOptions, OutputStream)} writes it.
     *
     * @throws PdfRenderException when a character cannot be drawn by any font, or a font cannot be used
     */
    public byte[] renderRevision(Screenplay previous, Screenplay revised, RevisionOptions revision) {
        return revision(previous, revised, revision).toByteArray();
    }

    private PdfBytes revision(Screenplay previous, Screenplay revised, RevisionOptions revision) {
        Objects.requireNonNull(previous, "previous must not be null");
        Objects.requireNonNull(revised, "revised must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        RevisedLayout layout = RevisedLayout.of(options.paginator(), previous, revised, revision.locking());
        int rgb = revision.coloredMarks() ? revision.revision().color().map(RevisionColor::rgb).orElse(0) : 0;
        return RenderJob.render(new RevisedPages(layout, revision.revision(), revision.markColumn(), rgb,
                revision.changedPagesOnly()), options);
    }

    /**
     * The PDF of a screenplay, in memory.
     *
     * @throws PdfRenderException when a character cannot be drawn by any font, or a font cannot be used
     */
    public byte[] render(Screenplay screenplay) {
        return RenderJob.render(Objects.requireNonNull(screenplay, "screenplay must not be null"), options).toByteArray();
    }

    private static FamilyData data(FontFamily family) {
        return new FamilyData(family.name(), data(family.regular()), data(family.bold()), data(family.italic()),
                data(family.boldItalic()));
    }

    private static FontData data(FontSource font) {
        return font == null ? null : new FontData(font.name(), font.bytes());
    }

    private static void log(String warning) {
        System.getLogger("dev.slate.pdf").log(System.Logger.Level.WARNING, warning);
    }

    /** Options of a renderer; each setter documents its default. */
    public static final class Builder {
        private Paginator paginator = Paginator.builder().build();
        private String watermark;
        private String header;
        private String footer;
        private FontFamily font;
        private boolean standardCourier;
        private final List<FontFamily> fallbacks = new ArrayList<>();
        private Consumer<String> warnings = PdfScreenplayRenderer::log;
        private boolean systemFonts = true;
        private byte[] documentId;
        private Instant creationDate;
        private boolean lined;
        private boolean facingPages;
        private TramlineColours tramlineColours = TramlineColours.BY_SHOT_KIND;
        private TramlinePlacement tramlinePlacement = TramlinePlacement.OVER_TEXT;

        private Builder() {
        }

        /**
         * How the pages are laid out: the paper, lines a page, scene numbers, heading style, what is
         * printed and the continuation markers; default {@code Paginator.builder().build()} (US Letter,
         * no scene numbers, notes, sections and synopses left out). Page counts and scene lengths taken
         * from the same paginator match the PDFs.
         */
        public Builder paginator(Paginator paginator) {
            this.paginator = Objects.requireNonNull(paginator, "paginator must not be null");
            return this;
        }

        /** Light grey text across every page, such as a recipient's name; default none. */
        public Builder watermark(String text) {
            this.watermark = blankToNull(text);
            return this;
        }

        /** Text at the top left of every page, beside the page number; default none. */
        public Builder header(String text) {
            this.header = blankToNull(text);
            return this;
        }

        /** Text centred at the foot of every page; default none. */
        public Builder footer(String text) {
            this.footer = blankToNull(text);
            return this;
        }

        /**
         * Embeds a font for all text instead of Courier Prime (the default): its bold and italic are
         * drawn synthetically. The font should be monospaced at 10 characters an inch, like Courier
         * Prime or Liberation Mono, for the page to keep its format.
         */
        public Builder font(FontSource regular) {
            return font(FontFamily.of(Objects.requireNonNull(regular, "regular must not be null")));
        }

        /** Embeds a font family of four faces; a null style is drawn synthetically from the nearest face. */
        public Builder font(FontSource regular, FontSource bold, FontSource italic, FontSource boldItalic) {
            return font(FontFamily.of(Objects.requireNonNull(regular, "regular must not be null"), bold, italic,
                    boldItalic));
        }

        /**
         * Embeds a font family instead of Courier Prime, the default (embedded, its four faces shipped in
         * this library under the SIL Open Font Licence).
         */
        public Builder font(FontFamily family) {
            this.font = Objects.requireNonNull(family, "family must not be null");
            this.standardCourier = false;
            return this;
        }

        /**
         * Draws with the standard Courier fonts, which a PDF names without embedding them: the smallest
         * files, drawn with whatever Courier the viewer or printer has. Default off (Courier Prime embedded).
         */
        public Builder standardCourier() {
            this.standardCourier = true;
            this.font = null;
            return this;
        }

        /** Adds a font for characters the main font cannot draw (its bold and italic synthetic). */
        public Builder fallbackFont(FontSource font) {
            return fallbackFont(FontFamily.of(Objects.requireNonNull(font, "font must not be null")));
        }

        /**
         * Adds a font family for characters the main font cannot draw, tried in the order added and before
         * the installed fonts; its bold and italic faces draw emphasised text.
         */
        public Builder fallbackFont(FontFamily family) {
            fallbacks.add(Objects.requireNonNull(family, "family must not be null"));
            return this;
        }

        /**
         * Where warnings go, such as a family lacking a bold face that is drawn synthetically; each
         * distinct warning is given once per renderer. Default: {@link System.Logger} "dev.slate.pdf".
         */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = Objects.requireNonNull(sink, "sink must not be null");
            return this;
        }

        /**
         * Whether installed system fonts (/usr/share/fonts...) may draw characters that neither the main
         * font nor the named fallbacks cover; default on.
         */
        public Builder systemFallbackFonts(boolean use) {
            this.systemFonts = use;
            return this;
        }

        /** The document ID (16 bytes); default derived from the content, so the same input gives the same file. */
        public Builder documentId(byte[] id) {
            Objects.requireNonNull(id, "id must not be null");
            if (id.length != 16) {
                throw new IllegalArgumentException("id must be 16 bytes, got " + id.length);
            }
            this.documentId = id.clone();
            return this;
        }

        /** The creation and modification date written to the document; default none, for identical output. */
        public Builder creationDate(Instant date) {
            this.creationDate = Objects.requireNonNull(date, "date must not be null");
            return this;
        }

        /**
         * A lined script: over the unchanged pages, one vertical line (tramline) per planned shot from
         * the first script line it covers to the last, labelled with its number and size at the top,
         * straight where its subjects speak or act, zig-zag over dialogue of a speaker it does not
         * frame, with an arrow where it runs on to the next page; docs/lined.md describes it. The
         * lines and labels are drawn as shapes, so the text copied out of a page is unchanged. Default off.
         */
        public Builder lined(boolean lined) {
            this.lined = lined;
            return this;
        }

        /**
         * Facing pages for a lined script (and the lined script itself): before each script page, a
         * page with a table of the shots whose lines are on it (shot, setup, size, angle, move, lens,
         * subjects, description, planned minutes) and empty columns for takes, circled takes, timecode
         * and notes. Printed double-sided after a title page, each faces its lined page. Default off.
         */
        public Builder facingPages(boolean facingPages) {
            this.facingPages = facingPages;
            return this;
        }

        /** How a lined script's tramlines are coloured; default {@link TramlineColours#BY_SHOT_KIND}. */
        public Builder tramlineColours(TramlineColours colours) {
            this.tramlineColours = Objects.requireNonNull(colours, "colours must not be null");
            return this;
        }

        /** Where a lined script's tramlines run; default {@link TramlinePlacement#OVER_TEXT}. */
        public Builder tramlinePlacement(TramlinePlacement placement) {
            this.tramlinePlacement = Objects.requireNonNull(placement, "placement must not be null");
            return this;
        }

        /** A renderer with these options; the builder may be reused. */
        public PdfScreenplayRenderer build() {
            return new PdfScreenplayRenderer(this);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
