package dev.slate.pdf.internal;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Embeds an OpenType font with PostScript (CFF) outlines, which PDFBox cannot embed itself (Courier
 * Prime, Noto CJK): the font's whole CFF program as FontFile3/CIDFontType0C under a CIDFontType0 with
 * Identity-H encoding, with the glyph widths and a ToUnicode map so that text copies out. A character
 * code is the glyph's CID: its glyph ID in a name-keyed CFF, the CID its charset gives in a CID-keyed one.
 */
final class CffFontEmbedder {

    private CffFontEmbedder() {
    }

    static PDType0Font embed(PDDocument document, OpenTypeFont otf, CFFFont cff, String name, CmapLookup cmap)
            throws IOException {
        HeaderTable header = otf.getHeader();
        float scale = 1000f / header.getUnitsPerEm();
        int glyphs = otf.getNumberOfGlyphs();
        int[] cidOf = new int[glyphs];
        int maxCid = 0;
        for (int gid = 0; gid < glyphs; gid++) {
            cidOf[gid] = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            maxCid = Math.max(maxCid, cidOf[gid]);
        }
        int[] unicodeOf = new int[maxCid + 1];
        for (int cp = 0xFFFF; cp >= 0x20; cp--) { // lowest code point wins
            int gid = cmap.getGlyphId(cp);
            if (gid > 0 && gid < glyphs && !Character.isSurrogate((char) cp)) {
                unicodeOf[cidOf[gid]] = cp;
            }
        }

        COSStream file = document.getDocument().createCOSStream();
        try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cff.getData());
        }
        file.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0C"));

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        boolean fixed = otf.getPostScript() != null && otf.getPostScript().getIsFixedPitch() != 0;
        descriptor.setInt(COSName.FLAGS, 32 | (fixed ? 1 : 0));
        COSArray box = new COSArray();
        for (short v : new short[] {header.getXMin(), header.getYMin(), header.getXMax(), header.getYMax()}) {
            box.add(COSInteger.get(Math.round(v * scale)));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setFloat(COSName.ITALIC_ANGLE, otf.getPostScript() == null ? 0 : otf.getPostScript().getItalicAngle());
        descriptor.setInt(COSName.ASCENT, Math.round(otf.getHorizontalHeader().getAscender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(otf.getHorizontalHeader().getDescender() * scale));
        int capHeight = otf.getOS2Windows() == null ? 0 : otf.getOS2Windows().getCapHeight();
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round((capHeight > 0 ? capHeight
                : otf.getHorizontalHeader().getAscender()) * scale));
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE3, file);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths(otf, cidOf, scale));

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, name);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode(document, unicodeOf));
        return new CidFont(font, cmap, cidOf);
    }

    /** The widths by CID, as runs "first last width" so that a CJK font's thousands of equal widths stay small. */
    private static COSArray widths(OpenTypeFont otf, int[] cidOf, float scale) throws IOException {
        int[] widthOfCid = new int[cidOf.length == 0 ? 0 : java.util.Arrays.stream(cidOf).max().getAsInt() + 1];
        java.util.Arrays.fill(widthOfCid, -1);
        for (int gid = 0; gid < cidOf.length; gid++) {
            widthOfCid[cidOf[gid]] = Math.round(otf.getHorizontalMetrics().getAdvanceWidth(gid) * scale);
        }
        COSArray w = new COSArray();
        for (int first = 0; first < widthOfCid.length; ) {
            int last = first;
            while (last + 1 < widthOfCid.length && widthOfCid[last + 1] == widthOfCid[first]) {
                last++;
            }
            if (widthOfCid[first] >= 0) {
                w.add(COSInteger.get(first));
                w.add(COSInteger.get(last));
                w.add(COSInteger.get(widthOfCid[first]));
            }
            first = last + 1;
        }
        return w;
    }

    /** A ToUnicode CMap from CIDs (the character codes) to the characters they draw. */
    private static COSStream toUnicode(PDDocument document, int[] unicodeOf) throws IOException {
        StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        StringBuilder block = new StringBuilder();
        int inBlock = 0;
        for (int cid = 1; cid < unicodeOf.length; cid++) {
            if (unicodeOf[cid] == 0) {
                continue;
            }
            block.append(String.format("<%04X> <%04X>%n", cid, unicodeOf[cid]));
            if (++inBlock == 100) {
                map.append(inBlock).append(" beginbfchar\n").append(block).append("endbfchar\n");
                block.setLength(0);
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            map.append(inBlock).append(" beginbfchar\n").append(block).append("endbfchar\n");
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(map.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    /** The embedded font: a character is encoded as its glyph's CID, two bytes. */
    private static final class CidFont extends PDType0Font {
        private final CmapLookup cmap;
        private final int[] cidOf;

        CidFont(COSDictionary font, CmapLookup cmap, int[] cidOf) throws IOException {
            super(font);
            this.cmap = cmap;
            this.cidOf = cidOf;
        }

        @Override
        protected byte[] encode(int unicode) {
            int gid = cmap.getGlyphId(unicode);
            if (gid <= 0 || gid >= cidOf.length) {
                throw new IllegalArgumentException(String.format("no glyph for U+%04X in %s", unicode, getName()));
            }
            int cid = cidOf[gid];
            return new byte[] {(byte) (cid >> 8), (byte) cid};
        }
    }
}
