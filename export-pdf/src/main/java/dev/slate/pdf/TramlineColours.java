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
    BLACK,
    /**
     * By the camera that shoots the shot ({@code Shot.camera()}), for multi-camera shoots, by the
     * camera's first letter (or digit, 1 as A): A red, B blue, C green, D purple, E brown, F teal,
     * then again from red for G. A shot without a camera is black. All six are dark enough to read
     * on a black-and-white copy.
     */
    BY_CAMERA
}
