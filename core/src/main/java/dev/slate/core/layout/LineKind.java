package dev.slate.core.layout;

/**
 * What a line of a page shows.
 *
 * @since 0.1.0
 */
public enum LineKind {
    SCENE_HEADING,
    /** A scene number beside a heading or a {@code CONTINUED:} marker. */
    SCENE_NUMBER,
    ACTION,
    /** A character cue with its extensions. */
    CHARACTER,
    PARENTHETICAL,
    DIALOGUE,
    LYRICS,
    TRANSITION,
    CENTERED,
    NOTE,
    SECTION,
    SYNOPSIS,
    /** {@code (MORE)} at the foot of a page where dialogue continues on the next. */
    MORE,
    /** The cue repeated with {@code (CONT'D)} at the top of a page where dialogue continues. */
    CONTINUED_CHARACTER,
    /** The optional {@code (CONTINUED)} and {@code CONTINUED:} markers of a scene running over a page. */
    CONTINUED,
    /** A camera direction in the script text ({@code CLOSE ON THE SHOE}), at the heading position. */
    SHOT_HEADING;

    /** Whether the line repeats or announces text rather than being text of the screenplay. */
    public boolean isGenerated() {
        return this == SCENE_NUMBER || this == MORE || this == CONTINUED_CHARACTER || this == CONTINUED;
    }
}
