package dev.slate.pdf.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The font subsets of a renderer's last render, compressed, by font program and the characters drawn
 * with each glyph, so that the next render that draws the same glyphs of the same font writes them as
 * they were instead of cutting and compressing them again (5 ms of a watch's render of big-fish).
 * Only the last render's subsets are kept; one render at a time.
 */
final class SubsetMemory {

    /** A font's cut program and its ToUnicode map, each as its stream's compressed bytes. */
    record Cut(byte[] program, byte[] toUnicode) {
    }

    private record Key(byte[] cff, int[] unicodeOf, int hash) {
        Key(byte[] cff, int[] unicodeOf) {
            this(cff, unicodeOf, 31 * Arrays.hashCode(cff) + Arrays.hashCode(unicodeOf));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.hash == hash && Arrays.equals(other.unicodeOf, unicodeOf)
                    && Arrays.equals(other.cff, cff);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Map<Key, Cut> last = Map.of();
    private Map<Key, Cut> next = new HashMap<>();

    /** Starts a render: what a failed render kept is forgotten. */
    void begin() {
        next = new HashMap<>();
    }

    /** How a render cuts a font the last render did not cut for the same characters. */
    interface Cutter {
        Cut cut() throws IOException;
    }

    /**
     * The cut the last render made of this program for these characters (by CID), else the one
     * {@code cutter} makes; kept for the next render either way.
     */
    Cut cut(byte[] cff, int[] unicodeOf, Cutter cutter) throws IOException {
        Key key = new Key(cff, unicodeOf);
        Cut cut = last.get(key);
        if (cut == null) {
            cut = cutter.cut();
        }
        next.put(key, cut);
        return cut;
    }

    /** Ends a render: its subsets are the ones the next render finds. */
    void end() {
        last = next;
        next = new HashMap<>();
    }
}
