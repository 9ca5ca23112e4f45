package dev.slate.pdf.internal;

import dev.slate.core.Style;

import java.util.Set;

/** The four faces of a family by index: bold adds 1, italic adds 2. */
final class Styles {

    static final int REGULAR = 0;
    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int BOLD_ITALIC = 3;

    private static final String[] NAMES = {"regular", "bold", "italic", "bold italic"};

    private Styles() {
    }

    static int of(Set<Style> styles) {
        return (styles.contains(Style.BOLD) ? BOLD : 0) + (styles.contains(Style.ITALIC) ? ITALIC : 0);
    }

    static boolean bold(int style) {
        return (style & BOLD) != 0;
    }

    static boolean italic(int style) {
        return (style & ITALIC) != 0;
    }

    static String name(int style) {
        return NAMES[style];
    }
}
