package dev.slate.core;

/** An inline style of screenplay text. Styles combine: bold italic underlined text carries all three. */
public enum Style {
    BOLD, ITALIC, UNDERLINE
}
