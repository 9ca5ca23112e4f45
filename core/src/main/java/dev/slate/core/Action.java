package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * Action (scene description). Keeps the writer's line breaks as {@code '\n'} in its text.
 *
 * @since 0.1.0
 */
public record Action(StyledText text) implements Element {

    public Action {
        Checks.notNull(text, "text");
    }

    /** Unstyled action. */
    public static Action of(String text) {
        return new Action(StyledText.of(text));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
