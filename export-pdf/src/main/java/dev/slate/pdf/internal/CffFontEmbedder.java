package dev.slate.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Embeds an OpenType font with PostScript (CFF) outlines, which PDFBox cannot embed itself (Courier
 * Prime, Noto CJK): its CFF program as FontFile3/CIDFontType0C under a CIDFontType0 with Identity-H
 * encoding, with the glyph widths and a ToUnicode map so that text copies out. A character code is the
 * glyph's CID: its glyph ID in a name-keyed CFF, the CID its charset gives in a CID-keyed one. Before
 * the document is saved, {@link CidFont#cutToGlyphsDrawn} cuts the program, widths and map down to the glyphs
 * drawn and tags the name, as PDFBox does for TrueType subsets.
 */
final class CffFontEmbedder {

    private CffFontEmbedder() {
    }

    static CidFont embed(PDDocument document, CffMetrics metrics, String name, CmapLookup cmap)
            throws IOException {
        float scale = 1000f / metrics.unitsPerEm();
        int[] cidOf = metrics.cidOf();
        int maxCid = 0;
        for (int cid : cidOf) {
            maxCid = Math.max(maxCid, cid);
        }
        byte[] program = metrics.program();
        COSStream file = document.getDocument().createCOSStream();
        try (OutputStream out = file.createOutputStream()) { // the whole font, for PDFBox to read; subset() replaces it
            out.write(program);
        }
        file.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0C"));

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, 32 | (metrics.fixedPitch() ? 1 : 0));
        COSArray box = new COSArray();
        for (short v : metrics.box()) {
            box.add(COSInteger.get(Math.round(v * scale)));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setFloat(COSName.ITALIC_ANGLE, metrics.italicAngle());
        descriptor.setInt(COSName.ASCENT, Math.round(metrics.ascender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(metrics.descender() * scale));
        int capHeight = metrics.capHeight();
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round((capHeight > 0 ? capHeight : metrics.ascender()) * scale));
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
        int[] widthOfCid = new int[maxCid + 1];
        java.util.Arrays.fill(widthOfCid, -1);
        for (int gid = 0; gid < cidOf.length; gid++) {
            widthOfCid[cidOf[gid]] = Math.round(metrics.advanceWidths()[gid] * scale);
        }
        cidFont.setItem(COSName.W, widths(widthOfCid, null));

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, name);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return new CidFont(font, cmap, new Program(document, program, cidOf, widthOfCid, file));
    }

    /** What a subset is cut from. */
    private record Program(PDDocument document, byte[] cff, int[] cidOf, int[] widthOfCid, COSStream file) {
    }

    /** The widths by CID (of the CIDs used, when given), as runs "first last width" so that equal widths stay small. */
    private static COSArray widths(int[] widthOfCid, boolean[] used) {
        COSArray w = new COSArray();
        for (int first = 0; first < widthOfCid.length; ) {
            if (widthOfCid[first] < 0 || used != null && !used[first]) {
                first++;
                continue;
            }
            int last = first;
            while (last + 1 < widthOfCid.length && widthOfCid[last + 1] == widthOfCid[first]
                    && (used == null || used[last + 1])) {
                last++;
            }
            w.add(COSInteger.get(first));
            w.add(COSInteger.get(last));
            w.add(COSInteger.get(widthOfCid[first]));
            first = last + 1;
        }
        return w;
    }

    /** A ToUnicode CMap from the CIDs used (the character codes) to the characters they were drawn for. */
    private static byte[] toUnicode(int[] unicodeOf) {
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
            hex4(block.append('<'), cid).append("> <");
            for (char c : Character.toChars(unicodeOf[cid])) { // UTF-16, beyond the Basic Multilingual Plane too
                hex4(block, c);
            }
            block.append(">\n");
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
        return map.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes compressed by PDFBox's own Flate filter, as a stream written through it would hold them. */
    private static byte[] flate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE).encode(new ByteArrayInputStream(bytes), out,
                new COSDictionary(), 0);
        return out.toByteArray();
    }

    /**
     * Four upper-case hex digits, what {@code %04X} writes for a code below 0x10000 (a CID, a UTF-16
     * unit). By hand: {@code String.format} parses its pattern on every call, 3 ms of a short render.
     */
    private static StringBuilder hex4(StringBuilder out, int code) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append("0123456789ABCDEF".charAt(code >> shift & 0xF));
        }
        return out;
    }

    /**
     * The embedded font: a character is encoded as its glyph's CID, two bytes; the glyphs drawn are
     * noted. A PDFont of its own rather than a PDType0Font, which would parse the CFF program and the
     * Identity-H CMap again (15 ms of a render that starts cold) for the widths and codes known here.
     */
    static final class CidFont extends PDFont {
        private final CmapLookup cmap;
        private final Program program;
        /** The first character each glyph was drawn for (0: not drawn): 日 and the radical ⽇ share a glyph. */
        private final int[] drawnFor;
        /** Each drawn glyph's two-byte code, made once. */
        private final byte[][] codes;
        /** The codes of the characters below {@link Face#KEPT_BELOW} drawn so far, without asking the character map again. */
        private final byte[][] codeOfCharacter = new byte[Face.KEPT_BELOW][];

        private CidFont(COSDictionary font, CmapLookup cmap, Program program) {
            super(font);
            this.cmap = cmap;
            this.program = program;
            this.drawnFor = new int[program.cidOf().length];
            this.codes = new byte[program.cidOf().length][];
        }

        @Override
        protected byte[] encode(int unicode) {
            if (unicode >= 0 && unicode < codeOfCharacter.length && codeOfCharacter[unicode] != null) {
                return codeOfCharacter[unicode];
            }
            int gid = cmap.getGlyphId(unicode);
            if (gid <= 0 || gid >= program.cidOf().length) {
                throw new IllegalArgumentException(String.format("no glyph for U+%04X in %s", unicode, getName()));
            }
            if (codes[gid] == null) {
                drawnFor[gid] = unicode;
                int cid = program.cidOf()[gid];
                codes[gid] = new byte[] {(byte) (cid >> 8), (byte) cid};
            }
            if (unicode >= 0 && unicode < codeOfCharacter.length) {
                codeOfCharacter[unicode] = codes[gid];
            }
            return codes[gid];
        }

        /** A code's two bytes, as the Identity-H encoding reads them. */
        @Override
        public int readCode(InputStream in) throws IOException {
            int high = in.read();
            int low = in.read();
            if (high < 0 || low < 0) {
                throw new EOFException("a character code of " + getName() + " is cut short");
            }
            return high << 8 | low;
        }

        /** The width the font's W array gives the code's CID (the code itself), 1000 for a CID it has none for. */
        @Override
        public float getWidth(int code) {
            return hasExplicitWidth(code) ? program.widthOfCid()[code] : 1000;
        }

        @Override
        public float getWidthFromFont(int code) {
            return getWidth(code);
        }

        @Override
        public boolean hasExplicitWidth(int code) {
            return code >= 0 && code < program.widthOfCid().length && program.widthOfCid()[code] >= 0;
        }

        @Override
        protected float getStandard14Width(int code) {
            throw new UnsupportedOperationException(getName() + " is not a standard 14 font");
        }

        @Override
        public String getName() {
            return getCOSObject().getNameAsString(COSName.BASE_FONT);
        }

        @Override
        public BoundingBox getBoundingBox() {
            PDRectangle box = getFontDescriptor().getFontBoundingBox();
            return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        }

        /** The font's height, for any code: PDFBox's is approximate too, and nothing here asks for a glyph's. */
        @Override
        public float getHeight(int code) {
            return getFontDescriptor().getFontBoundingBox().getHeight();
        }

        @Override
        public boolean isEmbedded() {
            return true;
        }

        @Override
        public boolean isDamaged() {
            return false;
        }

        @Override
        public boolean isVertical() {
            return false;
        }

        /** Nothing to add: {@link #encode(int)} notes each glyph drawn. */
        @Override
        public void addToSubset(int codePoint) {
        }

        /** Nothing to do here: {@link #cutToGlyphsDrawn} cuts the font, before the document is saved. */
        @Override
        public void subset() {
        }

        @Override
        public boolean willBeSubset() {
            return false;
        }

        /**
         * Replaces the whole font by the glyphs drawn: program, widths, map, and a name tagged from the
         * glyph set; the program and map as {@code subsets} (when not null) has them from the last render.
         */
        void cutToGlyphsDrawn(SubsetMemory subsets) throws IOException {
            boolean[] used = new boolean[program.widthOfCid().length];
            int[] unicodeOf = new int[used.length];
            used[0] = true;
            java.util.Set<Integer> usedGlyphs = new java.util.TreeSet<>();
            for (int gid = 1; gid < drawnFor.length; gid++) {
                if (drawnFor[gid] != 0) {
                    usedGlyphs.add(gid);
                    used[program.cidOf()[gid]] = true;
                    unicodeOf[program.cidOf()[gid]] = drawnFor[gid];
                }
            }
            SubsetMemory.Cut cut = subsets == null ? cut(usedGlyphs, unicodeOf)
                    : subsets.cut(program.cff(), unicodeOf, () -> cut(usedGlyphs, unicodeOf));
            PageCompressor.store(program.file(), cut.program());
            COSStream toUnicode = program.document().getDocument().createCOSStream();
            PageCompressor.store(toUnicode, cut.toUnicode());
            COSDictionary font = getCOSObject();
            COSDictionary cidFont = (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS))
                    .getObject(0);
            cidFont.setItem(COSName.W, widths(program.widthOfCid(), used));
            font.setItem(COSName.TO_UNICODE, toUnicode);
            String name = tag(usedGlyphs) + "+" + font.getNameAsString(COSName.BASE_FONT);
            font.setName(COSName.BASE_FONT, name);
            cidFont.setName(COSName.BASE_FONT, name);
            ((COSDictionary) cidFont.getDictionaryObject(COSName.FONT_DESC)).setName(COSName.FONT_NAME, name);
        }

        /** The program cut to the glyphs drawn and the map of the characters they were drawn for, compressed. */
        private SubsetMemory.Cut cut(java.util.Set<Integer> usedGlyphs, int[] unicodeOf) throws IOException {
            return new SubsetMemory.Cut(flate(CffSubset.of(program.cff(), usedGlyphs)),
                    flate(CffFontEmbedder.toUnicode(unicodeOf)));
        }

        /** Six capital letters from the glyph set, so that different subsets of a font get different names. */
        private static String tag(java.util.Set<Integer> glyphs) {
            long hash = 1125899906842597L;
            for (int gid : glyphs) {
                hash = 31 * hash + gid;
            }
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + Math.floorMod(hash, 26)));
                hash = Math.floorDiv(hash, 26);
            }
            return tag.toString();
        }
    }
}
