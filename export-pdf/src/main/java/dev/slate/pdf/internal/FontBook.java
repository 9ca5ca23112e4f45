package dev.slate.pdf.internal;

import dev.slate.core.Style;
import dev.slate.pdf.PdfRenderException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts of one document: the main faces (standard Courier, or the caller's embedded font) by
 * style, then the fallbacks for characters the main font cannot draw, the caller's first, then the
 * system's. Fonts are loaded into the document only when first needed.
 */
final class FontBook implements Closeable {

    private final PDDocument document;
    private final Options options;
    private final Face[] faces = new Face[4];
    private final List<Face> fallbacks = new ArrayList<>();
    private final Map<SystemFonts.Installed, Face> systemFaces = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();

    FontBook(PDDocument document, Options options) {
        this.document = document;
        this.options = options;
        if (options.faces().isEmpty()) {
            faces[0] = Face.standard(new PDType1Font(Standard14Fonts.FontName.COURIER));
            faces[1] = Face.standard(new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD));
            faces[2] = Face.standard(new PDType1Font(Standard14Fonts.FontName.COURIER_OBLIQUE));
            faces[3] = Face.standard(new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD_OBLIQUE));
        } else {
            for (int i = 0; i < 4; i++) {
                FontData data = i < options.faces().size() ? options.faces().get(i) : null;
                faces[i] = data == null ? faces[0] : embed(data);
            }
        }
        for (FontData data : options.fallbacks()) {
            fallbacks.add(embed(data));
        }
    }

    /** The main font's face for these styles. */
    Face main(Set<Style> styles) {
        return faces[(styles.contains(Style.BOLD) ? 1 : 0) + (styles.contains(Style.ITALIC) ? 2 : 0)];
    }

    /** The face that draws a character: the main face when it can, else a fallback; null when no font can. */
    Face face(int codePoint, Face main) {
        if (main.covers(codePoint)) {
            return main;
        }
        if (faces[0].covers(codePoint)) {
            return faces[0];
        }
        for (Face fallback : fallbacks) {
            if (fallback.covers(codePoint)) {
                return fallback;
            }
        }
        if (!options.systemFonts()) {
            return null;
        }
        SystemFonts.Installed installed = SystemFonts.get().covering(codePoint);
        if (installed == null) {
            return null;
        }
        Face face = systemFaces.get(installed);
        if (face == null) {
            face = embedInstalled(installed);
            systemFaces.put(installed, face);
        }
        return face;
    }

    private Face embed(FontData data) {
        try {
            TrueTypeFont ttf = new OTFParser().parse(new RandomAccessReadBuffer(data.bytes()));
            open.add(ttf);
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                return Face.embedded(CffFontEmbedder.embed(document, otf, data.bytes(), cmap(otf, data.name())),
                        cmap(otf, data.name()));
            }
            return embed(ttf, data.name());
        } catch (IOException e) {
            throw new PdfRenderException("font " + data.name() + " cannot be read (" + e.getMessage()
                    + "); give a TrueType (.ttf) or OpenType (.otf) font file");
        }
    }

    private Face embedInstalled(SystemFonts.Installed installed) {
        try {
            TrueTypeFont ttf;
            if (installed.nameInCollection() != null) {
                TrueTypeCollection collection = new TrueTypeCollection(installed.file().toFile());
                open.add(collection);
                ttf = collection.getFontByName(installed.nameInCollection());
            } else {
                ttf = new OTFParser().parse(new RandomAccessReadBuffer(java.nio.file.Files.readAllBytes(
                        installed.file())));
                open.add(ttf);
            }
            return embed(ttf, installed.file().toString());
        } catch (IOException e) {
            throw new PdfRenderException("system font " + installed.file() + " cannot be read (" + e.getMessage()
                    + "); remove it or name a fallback font with fallbackFont(...)");
        }
    }

    private Face embed(TrueTypeFont ttf, String name) throws IOException {
        return Face.embedded(PDType0Font.load(document, ttf, true), cmap(ttf, name));
    }

    private static CmapLookup cmap(TrueTypeFont ttf, String name) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new PdfRenderException("font " + name + " has no Unicode character map; use another font");
        }
        return cmap;
    }

    /** Closes the font files; call after the document is saved (subsets are made when saving). */
    @Override
    public void close() {
        for (Closeable closeable : open) {
            try {
                closeable.close();
            } catch (IOException e) {
                // nothing was written to it; the document is complete
            }
        }
    }
}
