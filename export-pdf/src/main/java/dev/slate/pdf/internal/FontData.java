package dev.slate.pdf.internal;

/**
 * The bytes of a font file and the name to use in messages.
 *
 * @param pdfName the name the face takes in the PDF, or null for the font's own
 */
public record FontData(String name, byte[] bytes, String pdfName) {
}
