package dev.slate.pdf.internal;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.PostScriptTable;

import java.io.IOException;

/**
 * What embedding an OpenType font with PostScript (CFF) outlines takes from its file, whichever
 * reader read it: fontbox ({@link #of}) or {@link OpenTypeReader}.
 *
 * @param unitsPerEm    the head table's units to the em
 * @param box           the head table's xMin, yMin, xMax, yMax
 * @param cidOf         each glyph's CID: its glyph ID in a name-keyed font, what the charset says in a CID-keyed one
 * @param advanceWidths each glyph's advance width in font units (the last metric for glyphs beyond the hmtx)
 * @param program       the CFF table, whole
 * @param fixedPitch    whether the post table says the font is monospaced
 * @param italicAngle   the post table's italic angle, 0 without one
 * @param ascender      the hhea table's ascender
 * @param descender     the hhea table's descender
 * @param capHeight     the OS/2 table's cap height, 0 when it has none (before version 2)
 */
record CffMetrics(int unitsPerEm, short[] box, int[] cidOf, int[] advanceWidths, byte[] program, boolean fixedPitch,
                  float italicAngle, short ascender, short descender, int capHeight) {

    /** The metrics of a font fontbox has read. */
    static CffMetrics of(OpenTypeFont otf, CFFFont cff) throws IOException {
        HeaderTable header = otf.getHeader();
        int glyphs = otf.getNumberOfGlyphs();
        int[] cidOf = new int[glyphs];
        int[] widths = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            cidOf[gid] = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            widths[gid] = otf.getHorizontalMetrics().getAdvanceWidth(gid);
        }
        PostScriptTable post = otf.getPostScript();
        OS2WindowsMetricsTable os2 = otf.getOS2Windows();
        return new CffMetrics(header.getUnitsPerEm(),
                new short[] {header.getXMin(), header.getYMin(), header.getXMax(), header.getYMax()}, cidOf, widths,
                cff.getData(), post != null && post.getIsFixedPitch() != 0, post == null ? 0 : post.getItalicAngle(),
                otf.getHorizontalHeader().getAscender(), otf.getHorizontalHeader().getDescender(),
                os2 == null ? 0 : os2.getCapHeight());
    }
}
