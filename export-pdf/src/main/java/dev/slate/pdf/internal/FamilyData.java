package dev.slate.pdf.internal;

/**
 * A font family's faces as bytes; a missing style (null) is drawn synthetically from the nearest face.
 *
 * @param name the family's name in messages
 */
public record FamilyData(String name, FontData regular, FontData bold, FontData italic, FontData boldItalic) {

    /** The face of a style index ({@link Styles}), or null when the family has none. */
    FontData face(int style) {
        return switch (style) {
            case Styles.REGULAR -> regular;
            case Styles.BOLD -> bold;
            case Styles.ITALIC -> italic;
            default -> boldItalic;
        };
    }
}
