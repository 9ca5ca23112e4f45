package dev.slate.core;

/**
 * An inline style of screenplay text. Styles combine: bold italic underlined text carries all three.
 *
 * @since 0.1.0
 */
public enum Style {
    BOLD, ITALIC, UNDERLINE
}
