package dev.slate.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CFF font program reduced to the glyphs a document draws: every other glyph's charstring becomes
 * an empty glyph, so glyph IDs, CIDs, the charset and FDSelect stay as they are and only the charstring
 * data shrinks (a CJK font from megabytes to kilobytes). The structures the top DICT points to are
 * copied and their offsets rewritten; the result depends only on the input and the glyph set.
 */
final class CffSubset {

    private static final int CHARSET = 15;
    private static final int ENCODING = 16;
    private static final int CHAR_STRINGS = 17;
    private static final int PRIVATE = 18;
    private static final int SUBRS = 19;
    private static final int ROS = 1230;
    private static final int FD_ARRAY = 1236;
    private static final int FD_SELECT = 1237;
    /** A Type 2 charstring that draws nothing. */
    private static final byte[] EMPTY_GLYPH = {14};
    /** A Type 2 subroutine that does nothing. */
    private static final byte[] RETURN = {11};

    private final byte[] cff;

    private CffSubset(byte[] cff) {
        this.cff = cff;
    }

    /** The font with only the charstrings of {@code keep} (glyph 0, .notdef, is always kept). */
    static byte[] of(byte[] cff, Set<Integer> keep) {
        return new CffSubset(cff).subset(keep);
    }

    /** Whether the font is CID-keyed: its top DICT names a registry, ordering and supplement. */
    static boolean isCidKeyed(byte[] cff) {
        CffSubset font = new CffSubset(cff);
        return Dict.parse(font.index(font.indexEnd(font.u8(2))).get(0)).has(ROS);
    }

    private byte[] subset(Set<Integer> keep) {
        int headerSize = u8(2);
        int nameEnd = indexEnd(headerSize);
        int topEnd = indexEnd(nameEnd);
        List<byte[]> topDicts = index(nameEnd);
        int stringsEnd = indexEnd(topEnd);
        Dict top = Dict.parse(topDicts.get(0));

        int charStringsAt = top.integer(CHAR_STRINGS, 0);
        List<byte[]> charStrings = index(charStringsAt);
        int glyphs = charStrings.size();
        List<byte[]> globalSubrs = index(stringsEnd);
        Private topPrivate = top.has(PRIVATE) ? privateDict(top.integer(PRIVATE, 0), top.integer(PRIVATE, 1)) : null;
        List<Dict> fontDicts = new ArrayList<>();
        List<Private> fdPrivates = new ArrayList<>();
        if (top.has(FD_ARRAY)) {
            for (byte[] fd : index(top.integer(FD_ARRAY, 0))) {
                Dict dict = Dict.parse(fd);
                fontDicts.add(dict);
                fdPrivates.add(dict.has(PRIVATE) ? privateDict(dict.integer(PRIVATE, 0), dict.integer(PRIVATE, 1))
                        : null);
            }
        }

        // the kept glyphs, and the subroutines they call; every other one becomes empty, keeping the numbering
        Set<Integer> usedGlobals = new java.util.HashSet<>();
        CffSubroutines subroutines = new CffSubroutines(globalSubrs, usedGlobals);
        ByteArrayOutputStream newCharStrings = new ByteArrayOutputStream();
        List<byte[]> kept = new ArrayList<>(glyphs);
        for (int gid = 0; gid < glyphs; gid++) {
            if (gid == 0 || keep.contains(gid)) {
                Private local = fontDicts.isEmpty() ? topPrivate
                        : fdPrivates.get(Math.min(fdOf(top.integer(FD_SELECT, 0), gid), fdPrivates.size() - 1));
                if (local != null) {
                    subroutines.scan(charStrings.get(gid), local.subrs, local.used);
                } else {
                    subroutines.scan(charStrings.get(gid), null, null);
                }
                kept.add(charStrings.get(gid));
            } else {
                kept.add(EMPTY_GLYPH);
            }
        }
        writeIndex(newCharStrings, kept);

        // the blocks after the top-level INDEXes, each copied whole, in a fixed order
        List<Block> blocks = new ArrayList<>();
        if (top.has(CHARSET) && top.integer(CHARSET, 0) > 2) {
            blocks.add(copy(CHARSET, top.integer(CHARSET, 0), charsetLength(top.integer(CHARSET, 0), glyphs)));
        }
        if (top.has(ENCODING) && top.integer(ENCODING, 0) > 1) {
            blocks.add(copy(ENCODING, top.integer(ENCODING, 0), encodingLength(top.integer(ENCODING, 0))));
        }
        if (top.has(FD_SELECT)) {
            blocks.add(copy(FD_SELECT, top.integer(FD_SELECT, 0), fdSelectLength(top.integer(FD_SELECT, 0), glyphs)));
        }
        blocks.add(new Block(CHAR_STRINGS, newCharStrings.toByteArray()));
        if (topPrivate != null) {
            blocks.add(topPrivate.block());
        }
        List<Block> fdBlocks = new ArrayList<>();
        for (Private fdPrivate : fdPrivates) {
            fdBlocks.add(fdPrivate == null ? null : fdPrivate.block());
        }

        // offsets are written as 5-byte integers, so that the DICTs' sizes are known before the offsets are
        for (Block block : blocks) {
            if (block.operator == PRIVATE) {
                top.set(PRIVATE, 0, 0);
            } else {
                top.set(block.operator, 0);
            }
        }
        if (!fontDicts.isEmpty()) {
            top.set(FD_ARRAY, 0);
        }
        for (int i = 0; i < fontDicts.size(); i++) {
            if (fdBlocks.get(i) != null) {
                fontDicts.get(i).set(PRIVATE, 0, 0);
            }
        }
        byte[] head = java.util.Arrays.copyOfRange(cff, 0, nameEnd);
        ByteArrayOutputStream stringsAndGlobals = new ByteArrayOutputStream();
        stringsAndGlobals.writeBytes(java.util.Arrays.copyOfRange(cff, topEnd, stringsEnd));
        writeIndex(stringsAndGlobals, emptied(globalSubrs, usedGlobals));
        byte[] strings = stringsAndGlobals.toByteArray();
        int topIndexSize = indexBytes(List.of(top.encode())).length;
        int at = head.length + topIndexSize + strings.length;
        for (Block block : blocks) {
            block.offset = at;
            at += block.bytes.length;
        }
        int fdArrayAt = at;
        byte[] fdArray = new byte[0];
        if (!fontDicts.isEmpty()) {
            int fdArraySize = indexBytes(fontDicts.stream().map(Dict::encode).toList()).length;
            at += fdArraySize;
            for (Block block : fdBlocks) {
                if (block != null) {
                    block.offset = at;
                    at += block.bytes.length;
                }
            }
            List<byte[]> encoded = new ArrayList<>();
            for (int i = 0; i < fontDicts.size(); i++) {
                Block block = fdBlocks.get(i);
                if (block != null) {
                    fontDicts.get(i).set(PRIVATE, block.bytes.length - block.tail, block.offset);
                }
                encoded.add(fontDicts.get(i).encode());
            }
            fdArray = indexBytes(encoded);
        }
        for (Block block : blocks) {
            if (block.operator == PRIVATE) {
                top.set(PRIVATE, block.bytes.length - block.tail, block.offset);
            } else {
                top.set(block.operator, block.offset);
            }
        }
        if (!fontDicts.isEmpty()) {
            top.set(FD_ARRAY, fdArrayAt);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(at);
        out.writeBytes(head);
        out.writeBytes(indexBytes(List.of(top.encode())));
        out.writeBytes(strings);
        blocks.forEach(b -> out.writeBytes(b.bytes));
        out.writeBytes(fdArray);
        fdBlocks.stream().filter(b -> b != null).forEach(b -> out.writeBytes(b.bytes));
        return out.toByteArray();
    }

    /** A block to place: the operator that points at it, its bytes, and where it lands. */
    private static final class Block {
        final int operator;
        final byte[] bytes;
        /** For a Private DICT: the bytes after the DICT itself (its local subroutines). */
        int tail;
        int offset;

        Block(int operator, byte[] bytes) {
            this.operator = operator;
            this.bytes = bytes;
        }
    }

    private Block copy(int operator, int offset, int length) {
        return new Block(operator, java.util.Arrays.copyOfRange(cff, offset, offset + length));
    }

    /** A Private DICT, its local subroutines, and which of them the kept glyphs call. */
    private static final class Private {
        final Dict dict;
        final List<byte[]> subrs;
        final Set<Integer> used = new java.util.HashSet<>();

        Private(Dict dict, List<byte[]> subrs) {
            this.dict = dict;
            this.subrs = subrs;
        }

        /** The DICT followed by its subroutines (those not called emptied), which it finds right after itself. */
        Block block() {
            byte[] subrsIndex = new byte[0];
            if (subrs != null) {
                subrsIndex = indexBytes(emptied(subrs, used));
                dict.set(SUBRS, 0);
                dict.set(SUBRS, dict.encode().length);
            }
            byte[] encoded = dict.encode();
            byte[] bytes = java.util.Arrays.copyOf(encoded, encoded.length + subrsIndex.length);
            System.arraycopy(subrsIndex, 0, bytes, encoded.length, subrsIndex.length);
            Block block = new Block(PRIVATE, bytes);
            block.tail = subrsIndex.length;
            return block;
        }
    }

    private Private privateDict(int size, int offset) {
        Dict dict = Dict.parse(java.util.Arrays.copyOfRange(cff, offset, offset + size));
        return new Private(dict, dict.has(SUBRS) ? index(offset + dict.integer(SUBRS, 0)) : null);
    }

    /** Subroutines with those not called replaced by a bare return, so that the numbers stay. */
    private static List<byte[]> emptied(List<byte[]> subrs, Set<Integer> used) {
        List<byte[]> result = new ArrayList<>(subrs.size());
        for (int i = 0; i < subrs.size(); i++) {
            result.add(used.contains(i) ? subrs.get(i) : RETURN);
        }
        return result;
    }

    /** The font DICT of a glyph in a CID-keyed font, from FDSelect (format 0 or 3). */
    private int fdOf(int offset, int gid) {
        if (u8(offset) == 0) {
            return u8(offset + 1 + gid);
        }
        int ranges = u16(offset + 1);
        int fd = 0;
        for (int r = 0; r < ranges; r++) {
            int at = offset + 3 + 3 * r;
            if (u16(at) > gid) {
                break;
            }
            fd = u8(at + 2);
        }
        return fd;
    }

    private int charsetLength(int offset, int glyphs) {
        int format = u8(offset);
        if (format == 0) {
            return 1 + 2 * (glyphs - 1);
        }
        int at = offset + 1;
        for (int covered = 1; covered < glyphs; ) {
            int left = format == 1 ? u8(at + 2) : u16(at + 2);
            at += format == 1 ? 3 : 4;
            covered += left + 1;
        }
        return at - offset;
    }

    private int encodingLength(int offset) {
        int format = u8(offset);
        int length = (format & 0x7F) == 0 ? 2 + u8(offset + 1) : 2 + 2 * u8(offset + 1);
        if ((format & 0x80) != 0) {
            length += 1 + 3 * u8(offset + length);
        }
        return length;
    }

    private int fdSelectLength(int offset, int glyphs) {
        return u8(offset) == 0 ? 1 + glyphs : 1 + 2 + 3 * u16(offset + 1) + 2;
    }

    private List<byte[]> index(int offset) {
        int count = u16(offset);
        List<byte[]> items = new ArrayList<>(count);
        if (count == 0) {
            return items;
        }
        int offSize = u8(offset + 2);
        int data = offset + 3 + (count + 1) * offSize - 1;
        for (int i = 0; i < count; i++) {
            int start = offsetAt(offset + 3 + i * offSize, offSize);
            int end = offsetAt(offset + 3 + (i + 1) * offSize, offSize);
            items.add(java.util.Arrays.copyOfRange(cff, data + start, data + end));
        }
        return items;
    }

    private int indexEnd(int offset) {
        int count = u16(offset);
        if (count == 0) {
            return offset + 2;
        }
        int offSize = u8(offset + 2);
        return offset + 3 + (count + 1) * offSize - 1 + offsetAt(offset + 3 + count * offSize, offSize);
    }

    private static byte[] indexBytes(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeIndex(out, items);
        return out.toByteArray();
    }

    private static void writeIndex(ByteArrayOutputStream out, List<byte[]> items) {
        out.write(items.size() >> 8);
        out.write(items.size());
        if (items.isEmpty()) {
            return;
        }
        int total = 1;
        for (byte[] item : items) {
            total += item.length;
        }
        int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
        out.write(offSize);
        int offset = 1;
        writeOffset(out, offset, offSize);
        for (byte[] item : items) {
            offset += item.length;
            writeOffset(out, offset, offSize);
        }
        items.forEach(out::writeBytes);
    }

    private static void writeOffset(ByteArrayOutputStream out, int value, int size) {
        for (int shift = 8 * (size - 1); shift >= 0; shift -= 8) {
            out.write(value >> shift);
        }
    }

    private int offsetAt(int at, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | u8(at + i);
        }
        return value;
    }

    private int u8(int at) {
        return cff[at] & 0xFF;
    }

    private int u16(int at) {
        return u8(at) << 8 | u8(at + 1);
    }

    /** A DICT as operators with their operand bytes, so that rewriting some keeps the others as written. */
    private static final class Dict {
        private final List<Integer> operators = new ArrayList<>();
        private final List<byte[]> operands = new ArrayList<>();

        static Dict parse(byte[] bytes) {
            Dict dict = new Dict();
            int start = 0;
            for (int i = 0; i < bytes.length; ) {
                int b = bytes[i] & 0xFF;
                if (b <= 21) {
                    int operator = b == 12 ? 1200 + (bytes[i + 1] & 0xFF) : b;
                    dict.operators.add(operator);
                    dict.operands.add(java.util.Arrays.copyOfRange(bytes, start, i));
                    i += b == 12 ? 2 : 1;
                    start = i;
                } else if (b == 28) {
                    i += 3;
                } else if (b == 29) {
                    i += 5;
                } else if (b == 30) { // a real number, nibbles up to an 0xF terminator
                    i++;
                    while (i < bytes.length && (bytes[i] & 0x0F) != 0x0F && (bytes[i] & 0xF0) != 0xF0) {
                        i++;
                    }
                    i++;
                } else if (b >= 247 && b <= 254) {
                    i += 2;
                } else {
                    i++;
                }
            }
            return dict;
        }

        boolean has(int operator) {
            return operators.contains(operator);
        }

        /** The n-th integer operand of an operator. */
        int integer(int operator, int n) {
            byte[] bytes = operands.get(operators.indexOf(operator));
            int found = 0;
            for (int i = 0; i < bytes.length; ) {
                int b = bytes[i] & 0xFF;
                int value;
                int length;
                if (b == 28) {
                    value = (short) ((bytes[i + 1] & 0xFF) << 8 | bytes[i + 2] & 0xFF);
                    length = 3;
                } else if (b == 29) {
                    value = (bytes[i + 1] & 0xFF) << 24 | (bytes[i + 2] & 0xFF) << 16 | (bytes[i + 3] & 0xFF) << 8
                            | bytes[i + 4] & 0xFF;
                    length = 5;
                } else if (b >= 32 && b <= 246) {
                    value = b - 139;
                    length = 1;
                } else if (b >= 247 && b <= 250) {
                    value = (b - 247) * 256 + (bytes[i + 1] & 0xFF) + 108;
                    length = 2;
                } else if (b >= 251 && b <= 254) {
                    value = -(b - 251) * 256 - (bytes[i + 1] & 0xFF) - 108;
                    length = 2;
                } else {
                    throw new IllegalArgumentException("an offset in the CFF font is not an integer");
                }
                if (found++ == n) {
                    return value;
                }
                i += length;
            }
            throw new IllegalArgumentException("the CFF font's operator " + operator + " lacks an operand");
        }

        /** Sets an operator's operands to integers written in five bytes each. */
        void set(int operator, int... values) {
            byte[] bytes = new byte[5 * values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[5 * i] = 29;
                for (int k = 0; k < 4; k++) {
                    bytes[5 * i + 1 + k] = (byte) (values[i] >> (24 - 8 * k));
                }
            }
            int at = operators.indexOf(operator);
            if (at < 0) {
                operators.add(operator);
                operands.add(bytes);
            } else {
                operands.set(at, bytes);
            }
        }

        byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < operators.size(); i++) {
                int operator = operators.get(i);
                out.writeBytes(operands.get(i));
                if (operator >= 1200) {
                    out.write(12);
                    out.write(operator - 1200);
                } else {
                    out.write(operator);
                }
            }
            return out.toByteArray();
        }
    }
}
