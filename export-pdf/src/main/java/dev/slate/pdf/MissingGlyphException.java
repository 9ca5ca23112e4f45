package dev.slate.pdf;

/**
 * No font, neither the main one nor any fallback, can draw a character of the screenplay. The
 * message names the character, its code point, the scene and the line, and the remedy; the code
 * point is also given to callers who want to point at the character in their own source text.
 */
public final class MissingGlyphException extends PdfRenderException {

    private static final long serialVersionUID = 1L;

    private final int codePoint;

    /** A missing character, described by the message. */
    public MissingGlyphException(int codePoint, String message) {
        super(message);
        this.codePoint = codePoint;
    }

    /** The character no font can draw. */
    public int codePoint() {
        return codePoint;
    }
}
