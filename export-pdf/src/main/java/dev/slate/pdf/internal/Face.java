package dev.slate.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A font loaded into one document, which characters it can draw, their outlines, and whether it is
 * drawn as a synthetic bold (stroked) or italic (slanted) of a face the family lacks.
 */
final class Face {

    private final PDFont font;
    private final CmapLookup cmap;
    private final Outlines outlines;
    private final boolean fakeBold;
    private final boolean fakeItalic;
    /**
     * The characters below this have their widths and coverage kept once asked: the Latin, Greek and
     * Cyrillic scripts and General Punctuation (curly quotes, dashes), what nearly every line holds.
     */
    static final int KEPT_BELOW = 0x2070;

    /** Advance widths of characters below {@link #KEPT_BELOW} in 1000ths of the size, NaN until first asked; PDFBox's are slow. */
    private float[] widths;
    /**
     * 0 not yet known, 1 drawn, 2 not, by code point in the Basic Multilingual Plane: a standard font's
     * encoding and an embedded font's character map (a map of boxed numbers in PDFBox) are asked once.
     */
    private byte[] covered;
    /** Outlines asked for so far, by code point (null where the font has no glyph). */
    private final Map<Integer, GeneralPath> shapes = new HashMap<>();

    private Face(PDFont font, CmapLookup cmap, Outlines outlines, boolean fakeBold, boolean fakeItalic) {
        this.font = font;
        this.cmap = cmap;
        this.outlines = outlines;
        this.fakeBold = fakeBold;
        this.fakeItalic = fakeItalic;
    }

    /** A standard font (not embedded): it draws what its encoding, WinAnsi, can encode. */
    static Face standard(PDType1Font font, Outlines outlines) {
        return new Face(font, null, outlines, false, false);
    }

    /** An embedded font: it draws what its character map maps to a glyph. */
    static Face embedded(PDFont font, CmapLookup cmap, Outlines outlines) {
        return new Face(font, cmap, outlines, false, false);
    }

    /** This face drawn bolder or slanted as well, standing in for a face the family lacks. */
    Face synthetic(boolean bold, boolean italic) {
        Face face = new Face(font, cmap, outlines, fakeBold || bold, fakeItalic || italic);
        face.covered = covered;
        face.widths = widths();
        return face;
    }

    PDFont font() {
        return font;
    }

    boolean fakeBold() {
        return fakeBold;
    }

    boolean fakeItalic() {
        return fakeItalic;
    }

    /** The outline of a character this face covers, 1000 units to the em. */
    GeneralPath outline(int codePoint) throws IOException {
        // drawn again and again (tramline labels, watermark letters); callers only read the path
        if (!shapes.containsKey(codePoint)) {
            shapes.put(codePoint, outlines.of(codePoint));
        }
        return shapes.get(codePoint);
    }

    /** The width of text this face covers, in 1000ths of the font size. */
    float width(String text) throws IOException {
        float[] known = widths();
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (cp < known.length) {
                if (Float.isNaN(known[cp])) {
                    known[cp] = font.getStringWidth(text.substring(i, i + length));
                }
                width += known[cp];
            } else {
                width += font.getStringWidth(text.substring(i, i + length));
            }
            i += length;
        }
        return width;
    }

    private float[] widths() {
        if (widths == null) {
            widths = new float[KEPT_BELOW];
            java.util.Arrays.fill(widths, Float.NaN);
        }
        return widths;
    }

    boolean covers(int codePoint) {
        if (codePoint > 0xFFFF) {
            // WinAnsi has nothing beyond the Basic Multilingual Plane
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        }
        if (covered == null) {
            covered = new byte[0x10000];
        }
        if (covered[codePoint] == 0) {
            covered[codePoint] = (byte) ((cmap != null ? cmap.getGlyphId(codePoint) > 0 : encodes(codePoint)) ? 1 : 2);
        }
        return covered[codePoint] == 1;
    }

    private boolean encodes(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
