package dev.slate.core;

/**
 * A forced page break.
 *
 * @since 0.1.0
 */
public record PageBreak() implements Element {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
