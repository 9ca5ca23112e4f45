package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * A one-line summary of what follows, for the writer's outline; printed only when asked.
 *
 * @since 0.1.0
 */
public record Synopsis(String text) implements Element {

    public Synopsis {
        Checks.notNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
