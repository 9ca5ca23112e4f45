package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.pdf.internal.Options;
import dev.slate.pdf.internal.PageMemory;
import dev.slate.pdf.internal.RenderJob;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders a screenplay again and again while it is written, for a live preview: each render writes
 * the script pages that show the same as in the last render as they were, instead of drawing them
 * again, and gives the same bytes as {@link PdfScreenplayRenderer#render(Screenplay, OutputStream)}
 * with the same options. After a change in one scene, only the pages from the change to where the page
 * breaks fall as before are drawn. A lined script is drawn whole every time.
 *
 * <p>Made by {@link PdfScreenplayRenderer#incremental()}. Keeps the last render's pages (a kilobyte
 * or two of compressed content each, and their lines); renders one at a time.
 *
 * @since 0.1.0
 */
public final class IncrementalPdfRenderer {

    private final Options options;
    private final PageMemory memory = new PageMemory();

    IncrementalPdfRenderer(Options options) {
        this.options = options;
    }

    /**
     * Writes the PDF of a screenplay to a stream, which is left open. Nothing is written when rendering
     * fails, and the pages of the last successful render are still kept.
     *
     * @return the script pages as laid out and drawn: page counts and scene lengths taken from it match the PDF
     * @throws PdfRenderException   when a character cannot be drawn by any font, or a font cannot be used
     * @throws UncheckedIOException when the stream cannot be written
     */
    public synchronized Layout render(Screenplay screenplay, OutputStream out) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Layout layout = options.paginator().paginate(screenplay);
        PdfScreenplayRenderer.write(RenderJob.render(screenplay, layout, options, memory), out);
        return layout;
    }

    /** The script pages the last render drew; it wrote the others as they were. */
    synchronized int pagesDrawn() {
        return memory.pagesDrawn();
    }
}
