package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * Sung lines, printed like dialogue in italics.
 *
 * @since 0.1.0
 */
public record Lyrics(StyledText text) implements Element {

    public Lyrics {
        Checks.notNull(text, "text");
    }

    /** Unstyled lyrics. */
    public static Lyrics of(String text) {
        return new Lyrics(StyledText.of(text));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
