package dev.slate.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tables that embedding an OpenType font with PostScript (CFF) outlines takes straight from
 * the file's bytes. fontbox reads every table and, for the head table's dates alone, sets up
 * java.util.Calendar and its locale data: some 45 ms of a render that starts cold, for Courier Prime.
 * This reads a name-keyed CFF font (Courier Prime, most Western OpenType fonts) whose Unicode character
 * map is in format 4 or 12, and gives null for anything else (TrueType outlines, a CID-keyed CFF,
 * another map format, a table that runs past the file), which fontbox then reads. What it gives
 * equals what fontbox gives for the same file; it checks the tables it reads, not the CFF program's
 * glyphs, so it reads only the fonts Slate ships ({@link FontData#bundled()}).
 */
final class OpenTypeReader {

    /** A font read: its metrics, its Unicode character map and its PostScript name (null if it has none). */
    record Font(CffMetrics metrics, CmapLookup cmap, String postScriptName) {
    }

    private final byte[] file;

    private OpenTypeReader(byte[] file) {
        this.file = file;
    }

    /** The font in an OpenType file, or null when this reader does not read it (fontbox does). */
    static Font read(byte[] file) {
        try {
            return new OpenTypeReader(file).font();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null; // a table or a CFF structure runs past its end: fontbox says what is wrong
        }
    }

    private Font font() {
        if (file.length < 12) {
            return null;
        }
        int head = table("head", 54);
        int hhea = table("hhea", 36);
        int maxp = table("maxp", 6);
        int hmtx = table("hmtx", 0);
        int cmap = table("cmap", 4);
        int post = table("post", 32);
        int name = table("name", 6);
        int cff = table("CFF ", 4);
        if (head < 0 || hhea < 0 || maxp < 0 || hmtx < 0 || cmap < 0 || post < 0 || name < 0 || cff < 0) {
            return null; // fontbox says which table a font lacks
        }
        byte[] program = Arrays.copyOfRange(file, cff, cff + length("CFF "));
        if (CffSubset.isCidKeyed(program)) {
            return null;
        }
        int glyphs = u16(maxp + 4);
        CmapLookup unicode = unicodeMap(cmap, glyphs);
        if (unicode == null) {
            return null;
        }
        int metrics = u16(hhea + 34);
        if (4 * metrics > length("hmtx")) {
            return null;
        }
        int[] cidOf = new int[glyphs];
        int[] widths = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            cidOf[gid] = gid;
            // as fontbox: the last metric for glyphs beyond it (monospaced fonts), 250 without any
            widths[gid] = metrics == 0 ? 250 : u16(hmtx + 4 * Math.min(gid, metrics - 1));
        }
        int os2 = table("OS/2", 78);
        int os2Version = os2 < 0 ? 0 : u16(os2);
        if (os2 >= 0 && length("OS/2") < (os2Version >= 2 ? 96 : os2Version == 1 ? 86 : 78)) {
            return null; // fontbox would read the fields of its version on into the next table
        }
        int capHeight = os2 >= 0 && os2Version >= 2 ? s16(os2 + 88) : 0;
        short[] box = {s16(head + 36), s16(head + 38), s16(head + 40), s16(head + 42)};
        CffMetrics read = new CffMetrics(u16(head + 18), box, cidOf, widths, program, u32(post + 12) != 0,
                fixed(post + 4),
                s16(hhea + 4), s16(hhea + 6), capHeight);
        return new Font(read, unicode, postScriptName(name));
    }

    /** Where a table starts, or -1 when the font has none or it is shorter than {@code least} bytes. */
    private int table(String tag, int least) {
        int at = entry(tag);
        if (at < 0) {
            return -1;
        }
        long offset = u32(at + 8);
        long length = u32(at + 12);
        if (length < least || offset + length > file.length) {
            throw new IllegalArgumentException("the " + tag + " table runs past the file");
        }
        return (int) offset;
    }

    private int length(String tag) {
        return (int) u32(entry(tag) + 12);
    }

    /** The table record of a tag in the table directory, or -1. */
    private int entry(String tag) {
        int tables = u16(4);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (file[at] == tag.charAt(0) && file[at + 1] == tag.charAt(1) && file[at + 2] == tag.charAt(2)
                    && file[at + 3] == tag.charAt(3)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The Unicode subtable fontbox would pick (full Unicode before the Basic Multilingual Plane,
     * Unicode platform before Windows, Windows symbol last, else the first), or null when it is in a
     * format this reader does not read.
     */
    private CmapLookup unicodeMap(int cmap, int glyphs) {
        int subtables = u16(cmap + 2);
        int[][] preference = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};
        int chosen = -1;
        for (int p = 0; p < preference.length && chosen < 0; p++) {
            for (int i = 0; i < subtables; i++) {
                int record = cmap + 4 + 8 * i;
                if (u16(record) == preference[p][0] && u16(record + 2) == preference[p][1]) {
                    chosen = record;
                    break;
                }
            }
        }
        if (chosen < 0 && subtables > 0) {
            chosen = cmap + 4;
        }
        if (chosen < 0) {
            return null;
        }
        int at = cmap + (int) u32(chosen + 4);
        return switch (u16(at)) {
            case 4 -> format4(at);
            case 12 -> format12(at, glyphs);
            default -> null;
        };
    }

    /** Segments of the Basic Multilingual Plane, read into one glyph ID a character as fontbox reads them. */
    private CmapLookup format4(int at) {
        int segments = u16(at + 6) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int[] glyphOf = new int[0x10000];
        for (int i = 0; i < segments; i++) {
            int start = u16(starts + 2 * i);
            int end = u16(ends + 2 * i);
            if (start == 0xFFFF || end == 0xFFFF) {
                continue;
            }
            int delta = u16(deltas + 2 * i);
            int rangeOffset = u16(rangeOffsets + 2 * i);
            for (int c = start; c <= end; c++) {
                if (rangeOffset == 0) {
                    glyphOf[c] = (c + delta) & 0xFFFF;
                } else {
                    int glyph = u16(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
                    if (glyph != 0) { // fontbox maps nothing here, so an earlier segment's glyph stays
                        glyphOf[c] = (glyph + delta) & 0xFFFF;
                    }
                }
            }
        }
        return new Map(glyphOf, new long[0], new int[0]);
    }

    /**
     * Groups of code points anywhere in Unicode; a group stops at the last glyph the font has. Read
     * when the groups are in order and apart, as fonts write them; otherwise null (fontbox reads it).
     */
    private CmapLookup format12(int at, int glyphs) {
        long count = u32(at + 12);
        if (count > (file.length - at - 16) / 12) {
            return null;
        }
        int groups = (int) count;
        int[] glyphOf = new int[0x10000];
        List<long[]> above = new ArrayList<>();
        long previousEnd = -1;
        for (int i = 0; i < groups; i++) {
            int group = at + 16 + 12 * i;
            long first = u32(group);
            long end = u32(group + 4);
            long glyph = u32(group + 8);
            if (first > 0x10FFFF || end > 0x10FFFF || end < first || first <= previousEnd
                    || first >= 0xD800 && first <= 0xDFFF || end >= 0xD800 && end <= 0xDFFF) {
                return null;
            }
            previousEnd = end;
            long last = Math.min(end, first + glyphs - 1 - glyph); // fontbox stops a group at the last glyph
            for (long c = first; c <= last && c < 0x10000; c++) {
                glyphOf[(int) c] = (int) (glyph + c - first);
            }
            if (last >= 0x10000) {
                long from = Math.max(first, 0x10000);
                above.add(new long[] {from, last, glyph + from - first});
            }
        }
        long[] ranges = new long[2 * above.size()];
        int[] firstGlyphs = new int[above.size()];
        for (int i = 0; i < above.size(); i++) {
            ranges[2 * i] = above.get(i)[0];
            ranges[2 * i + 1] = above.get(i)[1];
            firstGlyphs[i] = (int) above.get(i)[2];
        }
        return new Map(glyphOf, ranges, firstGlyphs);
    }

    /** A character map: a table for the Basic Multilingual Plane, ranges in order beyond it. */
    private record Map(int[] glyphOf, long[] ranges, int[] firstGlyphs) implements CmapLookup {

        @Override
        public int getGlyphId(int codePoint) {
            if (codePoint >= 0 && codePoint < 0x10000) {
                return glyphOf[codePoint];
            }
            int low = 0;
            int high = firstGlyphs.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (codePoint < ranges[2 * mid]) {
                    high = mid - 1;
                } else if (codePoint > ranges[2 * mid + 1]) {
                    low = mid + 1;
                } else {
                    return (int) (firstGlyphs[mid] + codePoint - ranges[2 * mid]);
                }
            }
            return 0;
        }

        @Override
        public List<Integer> getCharCodes(int glyph) {
            List<Integer> codes = new ArrayList<>();
            for (int c = 0; c < glyphOf.length; c++) {
                if (glyphOf[c] == glyph && glyph != 0) {
                    codes.add(c);
                }
            }
            for (int i = 0; i < firstGlyphs.length; i++) {
                long offset = glyph - firstGlyphs[i];
                if (offset >= 0 && offset <= ranges[2 * i + 1] - ranges[2 * i]) {
                    codes.add((int) (ranges[2 * i] + offset));
                }
            }
            return codes.isEmpty() ? null : codes;
        }
    }

    /**
     * The PostScript name as fontbox finds it: Macintosh English (Roman), else Windows US English
     * (UTF-16), the last record of each kind counting, trimmed; null without one.
     */
    private String postScriptName(int name) {
        int records = u16(name + 2);
        int strings = name + 6 + 12 * records; // where fontbox reads the strings from, whatever the table says
        int tableLength = length("name");
        String mac = null;
        String windows = null;
        for (int i = 0; i < records; i++) {
            int record = name + 6 + 12 * i;
            int platform = u16(record);
            int encoding = u16(record + 2);
            int language = u16(record + 4);
            boolean isMac = platform == 1 && encoding == 0 && language == 0;
            boolean isWindows = platform == 3 && encoding == 1 && language == 0x409;
            if (u16(record + 6) != 6 || !isMac && !isWindows) {
                continue;
            }
            String text = null; // fontbox keeps no text for a record whose offset is past the table
            if (u16(record + 10) <= tableLength) {
                int from = strings + u16(record + 10);
                int length = u16(record + 8);
                if (from + length > file.length) {
                    throw new IllegalArgumentException("a name runs past the file");
                }
                text = new String(file, from, length, isMac ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16);
            }
            if (isMac) {
                mac = text;
            } else {
                windows = text;
            }
        }
        String found = mac != null ? mac : windows;
        return found == null ? null : found.trim();
    }

    /** A 16.16 fixed-point number, added up in floats as fontbox does. */
    private float fixed(int at) {
        float value = s16(at);
        value += u16(at + 2) / 65536.0f;
        return value;
    }

    private int u16(int at) {
        return (file[at] & 0xFF) << 8 | file[at + 1] & 0xFF;
    }

    private short s16(int at) {
        return (short) u16(at);
    }

    private long u32(int at) {
        return (long) u16(at) << 16 | u16(at + 2);
    }
}
