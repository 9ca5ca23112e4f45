package dev.slate.pdf;

/**
 * Rendering a PDF failed because of its input: a character no font can draw, a font file that cannot
 * be read or embedded. The message names what, where, and what to do. No output is written.
 *
 * @since 0.1.0
 */
public class PdfRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by its message. */
    public PdfRenderException(String message) {
        super(message);
    }

    /** A failure described by its message, caused by another. */
    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
