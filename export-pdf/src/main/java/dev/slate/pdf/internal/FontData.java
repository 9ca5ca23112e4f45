package dev.slate.pdf.internal;

/**
 * The bytes of a font file and the name to use in messages.
 *
 * @param pdfName the name the face takes in the PDF, or null for the font's own
 * @param bundled whether the file ships with Slate ({@link BundledFonts}): read by {@link OpenTypeReader},
 *                which a test holds to fontbox for these files. Any other file is read by fontbox, which
 *                checks all of it and says what is wrong with a damaged one.
 */
public record FontData(String name, byte[] bytes, String pdfName, boolean bundled) {

    /** A font file from outside Slate, with its own name in the PDF. */
    public FontData(String name, byte[] bytes) {
        this(name, bytes, null, false);
    }
}
