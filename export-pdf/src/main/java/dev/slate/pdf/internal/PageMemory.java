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

    /**
     * A page as it is looked up: its number label and its lines' rows, places, alignments and text.
     * Compared and hashed by hand, the hash once, not as records of records: every render looks up
     * every page, and the records' generated equality and hashes took 7 ms of a watch's 55 ms render
     * of big-fish while the optimising compiler had not reached them.
     */
    private static final class Key {
        private final Optional<String> label;
        private final List<Line> lines;
        private final int hash;

        Key(Page page) {
            label = page.numberLabel();
            lines = page.lines();
            int h = label.hashCode();
            for (Line line : lines) {
                h = 31 * (31 * (31 * h + line.row()) + Double.hashCode(line.x())) + line.align().ordinal();
                for (StyledText.Span span : line.text().spans()) {
                    h = 31 * (31 * h + span.text().hashCode()) + span.styles().hashCode();
                }
            }
            hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key other) || other.hash != hash || other.lines.size() != lines.size()
                    || !other.label.equals(label)) {
                return false;
            }
            for (int i = 0; i < lines.size(); i++) {
                Line a = lines.get(i);
                Line b = other.lines.get(i);
                if (a.row() != b.row() || Double.compare(a.x(), b.x()) != 0 || a.align() != b.align()
                        || !same(a.text().spans(), b.text().spans())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean same(List<StyledText.Span> a, List<StyledText.Span> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).text().equals(b.get(i).text()) || !a.get(i).styles().equals(b.get(i).styles())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A page this render drew, whose content is taken once it is compressed. */
    private record New(Key key, PDPage page, List<FontUses.Use> uses) {
    }

    private final SubsetMemory subsets = new SubsetMemory();
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

    /** The last render's font subsets; {@link #begin()} and {@link #end()} start and end theirs too. */
    SubsetMemory subsets() {
        return subsets;
    }

    /** Starts a render. */
    void begin() {
        next = new HashMap<>();
        drawn = new ArrayList<>();
        subsets.begin();
    }

    /** The page as the last render wrote it, if it showed the same; noted as kept for the next render too. */
    Kept kept(Page page) {
        asked = new Key(page);
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
        subsets.end();
        pagesDrawn = drawn.size();
        next = null;
        drawn = null;
        asked = null;
    }
}
