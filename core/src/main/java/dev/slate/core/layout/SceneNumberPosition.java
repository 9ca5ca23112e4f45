package dev.slate.core.layout;

/**
 * Where scene numbers are printed beside the scene headings.
 *
 * @since 0.1.0
 */
public enum SceneNumberPosition {
    /** Not printed. */
    NONE,
    /** Left of the heading, at 1.0 in. */
    LEFT,
    /** Right of the text, at 7.7 in (Letter) or 7.4 in (A4). */
    RIGHT,
    /** On both sides, as shooting scripts print them. */
    BOTH
}
