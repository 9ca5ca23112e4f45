package dev.slate.pdf.internal;

import dev.slate.pdf.PdfRenderException;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads a font file into a document: TrueType outlines as a subset (PDFBox), PostScript (CFF) outlines
 * through {@link CffFontEmbedder}, read by {@link OpenTypeReader} for the bundled fonts and by fontbox otherwise;
 * a collection (.ttc) gives its first font. The parsed files stay open until the document is saved,
 * so they are handed to the caller to close.
 */
final class FontLoader {

    private FontLoader() {
    }

    static Face load(PDDocument document, FontData data, List<Closeable> open) {
        return load(document, data, null, open);
    }

    /** Loads a face; from a collection, the font named {@code inCollection}, or the first when that is null. */
    static Face load(PDDocument document, FontData data, String inCollection, List<Closeable> open) {
        try {
            OpenTypeReader.Font read = data.bundled() ? OpenTypeReader.read(data.bytes()) : null;
            if (read != null) {
                String name = data.pdfName() != null ? data.pdfName() : psName(read.postScriptName());
                return Face.embedded(CffFontEmbedder.embed(document, read.metrics(), name, read.cmap()), read.cmap(),
                        whenAsked(() -> data, open));
            }
            TrueTypeFont ttf = parse(data.bytes(), inCollection, open);
            CmapLookup cmap = cmap(ttf, data.name());
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                CFFFont cff = otf.getCFF().getFont();
                String name = data.pdfName() != null ? data.pdfName() : psName(ttf.getName());
                return Face.embedded(CffFontEmbedder.embed(document, CffMetrics.of(otf, cff), name, cmap), cmap,
                        cffOutlines(cff, cmap));
            }
            return Face.embedded(PDType0Font.load(document, ttf, true), cmap, trueTypeOutlines(ttf, cmap));
        } catch (IOException | RuntimeException e) {
            throw unusable(data, e);
        }
    }

    private static PdfRenderException unusable(FontData data, Exception e) {
        return new PdfRenderException("font " + data.name() + " cannot be used (" + e.getMessage()
                + "); give a TrueType or OpenType font file (.ttf, .otf or .ttc)", e);
    }

    /** The outlines of a font file's glyphs, for drawing shapes without embedding the font. */
    static Outlines outlines(FontData data, List<Closeable> open) throws IOException {
        TrueTypeFont ttf = parse(data.bytes(), null, open);
        CmapLookup cmap = cmap(ttf, data.name());
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return cffOutlines(otf.getCFF().getFont(), cmap);
        }
        return trueTypeOutlines(ttf, cmap);
    }

    /**
     * The outlines of a font file, which fontbox reads once the first is asked for; a file it cannot
     * read is reported as {@link #load} reports one.
     */
    static Outlines whenAsked(Supplier<FontData> data, List<Closeable> open) {
        return new Outlines() {
            private Outlines parsed;

            @Override
            public GeneralPath of(int codePoint) throws IOException {
                if (parsed == null) {
                    FontData font = data.get();
                    try {
                        parsed = outlines(font, open);
                    } catch (IOException | RuntimeException e) {
                        throw unusable(font, e);
                    }
                }
                return parsed.of(codePoint);
            }
        };
    }

    private static boolean isCollection(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
    }

    private static TrueTypeFont parse(byte[] bytes, String inCollection, List<Closeable> open) throws IOException {
        if (isCollection(bytes)) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            open.add(collection);
            if (inCollection != null) {
                return collection.getFontByName(inCollection);
            }
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                throw new IOException("the collection holds no font");
            }
            return first[0];
        }
        TrueTypeFont ttf = new OTFParser().parse(new RandomAccessReadBuffer(bytes));
        open.add(ttf);
        return ttf;
    }

    private static String psName(String name) {
        return name == null ? "Embedded" : name.replaceAll("[\\s()<>\\[\\]{}/%#]", "");
    }

    static CmapLookup cmap(TrueTypeFont ttf, String name) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new PdfRenderException("font " + name + " has no Unicode character map; use another font");
        }
        return cmap;
    }

    private static Outlines trueTypeOutlines(TrueTypeFont ttf, CmapLookup cmap) throws IOException {
        AffineTransform scale = AffineTransform.getScaleInstance(1000.0 / ttf.getUnitsPerEm(),
                1000.0 / ttf.getUnitsPerEm());
        return codePoint -> {
            int gid = cmap.getGlyphId(codePoint);
            GlyphData glyph = gid > 0 ? ttf.getGlyph().getGlyph(gid) : null;
            if (glyph == null) {
                return gid > 0 ? new GeneralPath() : null; // a space has a glyph without an outline
            }
            GeneralPath path = new GeneralPath(glyph.getPath());
            path.transform(scale);
            return path;
        };
    }

    private static Outlines cffOutlines(CFFFont cff, CmapLookup cmap) {
        List<Number> matrix = cff.getFontMatrix();
        AffineTransform scale = AffineTransform.getScaleInstance(matrix.get(0).doubleValue() * 1000,
                matrix.get(3).doubleValue() * 1000);
        return codePoint -> {
            int gid = cmap.getGlyphId(codePoint);
            if (gid <= 0) {
                return null;
            }
            int selector = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            GeneralPath path = new GeneralPath(cff.getType2CharString(selector).getPath());
            path.transform(scale);
            return path;
        };
    }
}
