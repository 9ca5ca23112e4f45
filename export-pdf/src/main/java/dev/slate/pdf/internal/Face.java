package dev.slate.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;

/** A font loaded into one document, and which characters it can draw. */
final class Face {

    private final PDFont font;
    private final CmapLookup cmap;
    /** For a standard font: 0 not yet known, 1 encodable, 2 not, by code point in the Basic Multilingual Plane. */
    private byte[] encodable;

    private Face(PDFont font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    /** A standard font (not embedded): it draws what its encoding, WinAnsi, can encode. */
    static Face standard(PDType1Font font) {
        return new Face(font, null);
    }

    /** An embedded TrueType font: it draws what its character map maps to a glyph. */
    static Face embedded(PDFont font, CmapLookup cmap) {
        return new Face(font, cmap);
    }

    PDFont font() {
        return font;
    }

    boolean covers(int codePoint) {
        if (cmap != null) {
            return cmap.getGlyphId(codePoint) > 0;
        }
        if (codePoint > 0xFFFF) {
            return false; // WinAnsi has nothing beyond the Basic Multilingual Plane
        }
        if (encodable == null) {
            encodable = new byte[0x10000];
        }
        if (encodable[codePoint] == 0) {
            encodable[codePoint] = (byte) (encodes(codePoint) ? 1 : 2);
        }
        return encodable[codePoint] == 1;
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
