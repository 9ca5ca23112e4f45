package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * A writer's note: kept in the script, printed only when asked.
 *
 * @since 0.1.0
 */
public record Note(String text) implements Element {

    public Note {
        Checks.notNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
