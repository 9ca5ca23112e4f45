package dev.slate.pdf.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The script pages of a renderer's last render, by what they show, so that the next render of the
 * same options writes each page that shows the same as it was (its compressed content and the fonts it
 * asks for) instead of drawing it again. A page is known by its number label and its lines' text,
 * styles and places: everything a plain script page draws besides the renderer's options. Only the
 * last render's pages are kept; one render at a time.
 */
public final class PageMemory {

    /** A page as an earlier render wrote it. */
    record Kept(byte[] content, List<FontUses.Use> uses) {
    }

    private record Drawn(int row, double x, Line.Align align, StyledText text) {
    }

    private record Key(Optional<String> label, List<Drawn> lines) {
        static Key of(Page page) {
            List<Drawn> lines = new ArrayList<>(page.lines().size());
            for (Line line : page.lines()) {
                lines.add(new Drawn(line.row(), line.x(), line.align(), line.text()));
            }
            return new Key(page.numberLabel(), lines);
        }
    }

    /** A page this render drew, whose content is taken once it is compressed. */
    private record New(Key key, PDPage page, List<FontUses.Use> uses) {
    }

    private Map<Key, Kept> last = Map.of();
    private Map<Key, Kept> next;
    private List<New> drawn;
    /** The page last asked for with {@link #kept}. */
    private Key asked;
    private int pagesDrawn;

    /** The script pages the last render drew; it wrote the others as they were. */
    public int pagesDrawn() {
        return pagesDrawn;
    }

    /** Starts a render. */
    void begin() {
        next = new HashMap<>();
        drawn = new ArrayList<>();
    }

    /** The page as the last render wrote it, if it showed the same; noted as kept for the next render too. */
    Kept kept(Page page) {
        asked = Key.of(page);
        Kept kept = last.get(asked);
        if (kept != null) {
            next.put(asked, kept);
        }
        return kept;
    }

    /** The page last asked for with {@link #kept}, drawn by this render, with what it asked of its fonts. */
    void drew(PDPage pdfPage, FontUses uses) {
        drawn.add(new New(asked, pdfPage, uses.uses()));
    }

    /** Takes the new pages' content once every page is compressed, and keeps this render's pages for the next. */
    void end() throws IOException {
        for (New page : drawn) {
            next.put(page.key(), new Kept(PageCompressor.compressed(page.page()), page.uses()));
        }
        last = next;
        pagesDrawn = drawn.size();
        next = null;
        drawn = null;
        asked = null;
    }
}
