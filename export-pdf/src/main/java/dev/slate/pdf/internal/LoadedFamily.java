package dev.slate.pdf.internal;

import java.util.function.IntFunction;

/**
 * A family's faces in one document, each loaded when first drawn with. A style the family lacks is
 * its nearest face drawn synthetically (bold italic from bold or italic, else from regular), with a
 * warning, once per renderer, that names the family and the style.
 */
final class LoadedFamily {

    private final String name;
    /** Loads a style's face into the document, or gives null when the family has no such face. */
    private final IntFunction<Face> loader;
    private final Warnings warnings;
    private final Face[] own = new Face[4];
    private final boolean[] loaded = new boolean[4];
    private final Face[] synthetic = new Face[4];
    private final Face[] fromRegular = new Face[4];

    LoadedFamily(String name, IntFunction<Face> loader, Warnings warnings) {
        this.name = name;
        this.loader = loader;
        this.warnings = warnings;
    }

    Face regular() {
        return own(Styles.REGULAR);
    }

    /** The face of a style: the family's own, or a synthetic one. */
    Face face(int style) {
        Face face = own(style);
        if (face != null) {
            return face;
        }
        if (synthetic[style] == null) {
            Face base = style == Styles.BOLD_ITALIC && own(Styles.BOLD) != null ? own(Styles.BOLD)
                    : style == Styles.BOLD_ITALIC && own(Styles.ITALIC) != null ? own(Styles.ITALIC) : regular();
            synthetic[style] = base.synthetic(Styles.bold(style), Styles.italic(style));
            warnings.once("the font " + name + " has no " + Styles.name(style) + " face; drawing a synthetic "
                    + Styles.name(style) + " (give the family's " + Styles.name(style) + " file to use its own)");
        }
        return synthetic[style];
    }

    /** The face of a style for a character the regular face covers: synthetic where the styled face lacks it. */
    Face face(int style, int codePoint) {
        Face face = face(style);
        if (face.covers(codePoint)) {
            return face;
        }
        if (fromRegular[style] == null) {
            fromRegular[style] = regular().synthetic(Styles.bold(style), Styles.italic(style));
        }
        return fromRegular[style];
    }

    private Face own(int style) {
        if (!loaded[style]) {
            loaded[style] = true;
            own[style] = loader.apply(style);
        }
        return own[style];
    }
}
