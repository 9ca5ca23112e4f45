package dev.slate.pdf;

/**
 * Where the tramlines of a lined script run ({@link PdfScreenplayRenderer.Builder#lined(boolean)}).
 *
 * @since 0.1.0
 */
public enum TramlinePlacement {
    /** Over the text column, through the lines each shot covers: the US practice. */
    OVER_TEXT,
    /**
     * In a band in the left margin, clear of the dialogue: the UK practice. A scene with more shots
     * than the band holds continues over the text.
     */
    LEFT_BAND
}
