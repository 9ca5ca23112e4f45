package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * Two dialogue blocks spoken at the same time, printed side by side: {@code left} first.
 *
 * @since 0.1.0
 */
public record DualDialogue(Dialogue left, Dialogue right) implements Element {

    public DualDialogue {
        Checks.notNull(left, "left");
        Checks.notNull(right, "right");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
