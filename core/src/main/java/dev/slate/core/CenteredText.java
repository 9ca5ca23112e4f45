package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * Text centred between the margins, such as {@code THE END}.
 *
 * @since 0.1.0
 */
public record CenteredText(StyledText text) implements Element {

    public CenteredText {
        Checks.notNull(text, "text");
    }

    /** Unstyled centered text. */
    public static CenteredText of(String text) {
        return new CenteredText(StyledText.of(text));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
