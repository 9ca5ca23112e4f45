package dev.slate.core.internal;

import dev.slate.core.Style;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The eight sets of {@link Style}s, one immutable instance each, so that the spans of a long text
 * share them instead of holding a copy each.
 */
public final class StyleSets {

    private static final List<Set<Style>> SETS = all();

    private StyleSets() {
    }

    /** The shared immutable set equal to {@code styles}; refuses a null style as {@link Set#copyOf} does. */
    public static Set<Style> of(Set<Style> styles) {
        for (int i = 0; i < SETS.size(); i++) {
            if (SETS.get(i) == styles) { // the styles of another span, the common case
                return styles;
            }
        }
        int bits = 0;
        for (Style style : styles) {
            bits |= 1 << style.ordinal();
        }
        return SETS.get(bits);
    }

    /** The shared set of the styles whose bits ({@code 1 << ordinal}) are set. */
    public static Set<Style> ofBits(int bits) {
        return SETS.get(bits);
    }

    private static List<Set<Style>> all() {
        Style[] styles = Style.values();
        Set<Style>[] sets = newArray(1 << styles.length);
        for (int bits = 0; bits < sets.length; bits++) {
            Set<Style> set = EnumSet.noneOf(Style.class);
            for (Style style : styles) {
                if ((bits & 1 << style.ordinal()) != 0) {
                    set.add(style);
                }
            }
            sets[bits] = Set.copyOf(set);
        }
        return List.of(sets);
    }

    @SuppressWarnings("unchecked")
    private static Set<Style>[] newArray(int size) {
        return new Set[size];
    }
}
