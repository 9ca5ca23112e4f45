package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * A transition such as {@code CUT TO:}, printed against the right margin.
 *
 * @since 0.1.0
 */
public record Transition(StyledText text) implements Element {

    public Transition {
        Checks.notNull(text, "text");
    }

    /** Unstyled transition. */
    public static Transition of(String text) {
        return new Transition(StyledText.of(text));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
