package dev.slate.pdf.internal;

import dev.slate.pdf.PdfRenderException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document: the main family (Courier Prime, the caller's, or standard Courier) by
 * style, then fallback families for characters it cannot draw, the caller's first, then the installed
 * fonts with the faces found beside them. Each face is loaded into the document when first needed,
 * and the installed fonts are looked at only when a character needs a fallback.
 */
final class FontBook implements Closeable {

    private static final Standard14Fonts.FontName[] STANDARD = {Standard14Fonts.FontName.COURIER,
        Standard14Fonts.FontName.COURIER_BOLD, Standard14Fonts.FontName.COURIER_OBLIQUE,
        Standard14Fonts.FontName.COURIER_BOLD_OBLIQUE};

    private final PDDocument document;
    private final Options options;
    private final LoadedFamily main;
    private final List<LoadedFamily> fallbacks = new ArrayList<>();
    private final Map<SystemFonts.Installed, LoadedFamily> installed = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    private final List<Face> loaded = new ArrayList<>();

    FontBook(PDDocument document, Options options) {
        this.document = document;
        this.options = options;
        main = options.font() == null ? standardCourier() : family(options.font());
        for (FamilyData data : options.fallbacks()) {
            fallbacks.add(family(data));
        }
    }

    /** The face that draws a character in a style of {@link Styles}; null when no font can. */
    Face face(int codePoint, int style) {
        if (main.regular().covers(codePoint)) {
            return main.face(style, codePoint);
        }
        for (LoadedFamily fallback : fallbacks) {
            if (fallback.regular().covers(codePoint)) {
                return fallback.face(style, codePoint);
            }
        }
        if (!options.systemFonts()) {
            return null;
        }
        SystemFonts.Installed font = SystemFonts.get().covering(codePoint);
        if (font == null) {
            return null;
        }
        return installed.computeIfAbsent(font, this::installedFamily).face(style, codePoint);
    }

    /** Whether installed fonts are searched for characters the named fonts lack. */
    boolean searchesInstalledFonts() {
        return options.systemFonts();
    }

    private LoadedFamily family(FamilyData data) {
        return new LoadedFamily(data.name(), style -> {
            FontData face = data.face(style);
            return face == null ? null : loaded(FontLoader.load(document, face, open));
        }, options.warnings());
    }

    private LoadedFamily standardCourier() {
        // the standard fonts have no outlines in the PDF: draw Courier Prime's
        Outlines outlines = FontLoader.whenAsked(() -> BundledFonts.courierPrime().regular(), open);
        return new LoadedFamily("Courier", style -> Face.standard(new PDType1Font(STANDARD[style]), outlines),
                options.warnings());
    }

    /** An installed font and, unless it is in a collection, the faces of its family beside it. */
    private LoadedFamily installedFamily(SystemFonts.Installed font) {
        Path[] files = font.nameInCollection() == null ? FamilyFiles.siblings(font.file()) : new Path[] {font.file()};
        return new LoadedFamily(font.file().toString(), style -> {
            Path file = style < files.length ? files[style] : null;
            if (file == null) {
                return null;
            }
            try {
                FontData data = new FontData(file.toString(), Files.readAllBytes(file));
                return loaded(FontLoader.load(document, data, style == Styles.REGULAR ? font.nameInCollection() : null,
                        open));
            } catch (IOException e) {
                throw new PdfRenderException("the installed font " + file + " cannot be read (" + e.getMessage()
                        + "); remove it or name a fallback font");
            }
        }, options.warnings());
    }

    private Face loaded(Face face) {
        loaded.add(face);
        return face;
    }

    /**
     * Cuts the embedded PostScript-outline fonts down to the glyphs drawn, as {@code subsets} (when not
     * null) has them from the last render where it can; call once, before saving.
     */
    void subsetFonts(SubsetMemory subsets) throws IOException {
        for (Face face : loaded) {
            if (face.font() instanceof CffFontEmbedder.CidFont cff) {
                cff.cutToGlyphsDrawn(subsets);
            }
        }
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
