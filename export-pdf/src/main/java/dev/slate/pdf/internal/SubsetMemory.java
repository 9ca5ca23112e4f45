package dev.slate.pdf.internal;

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

    /**
     * The cut the last render made of this program for these characters (by CID), or null; kept for
     * the next render either way once {@link #keep} is told what this render wrote.
     */
    Cut find(byte[] cff, int[] unicodeOf) {
        return last.get(new Key(cff, unicodeOf));
    }

    /** What this render wrote for a program and its characters, for the next render. */
    void keep(byte[] cff, int[] unicodeOf, Cut cut) {
        next.put(new Key(cff, unicodeOf), cut);
    }

    /** Ends a render: its subsets are the ones the next render finds. */
    void end() {
        last = next;
        next = new HashMap<>();
    }
}
