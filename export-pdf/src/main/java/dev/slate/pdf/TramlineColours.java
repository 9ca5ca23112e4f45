package dev.slate.pdf;

/**
 * How the tramlines of a lined script are coloured ({@link PdfScreenplayRenderer.Builder#lined(boolean)}).
 *
 * @since 0.1.0
 */
public enum TramlineColours {
    /**
     * The script supervisors' usual colours: red for masters and wide shots, blue for singles, black
     * for two-shots and groups, green for inserts and cutaways. All four are dark enough to read
     * on a black-and-white copy, where the labels tell the shots apart.
     */
    BY_SHOT_KIND,
    /** Every line black, for a copier or a fax. */
    BLACK
}
