package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * An outline heading (act, sequence...) with its level, 1 being the highest; printed only when asked.
 *
 * @since 0.1.0
 */
public record Section(int level, String text) implements Element {

    public Section {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1, got " + level);
        }
        Checks.notNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
