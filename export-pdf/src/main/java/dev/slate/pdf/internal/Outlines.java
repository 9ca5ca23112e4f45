package dev.slate.pdf.internal;

import java.awt.geom.GeneralPath;
import java.io.IOException;

/** The shape of a character's glyph, in text space units (1000 to the em, y up), for drawing as a path. */
interface Outlines {

    /** The glyph's outline, or null when the font has no glyph for the character. */
    GeneralPath of(int codePoint) throws IOException;
}
