package dev.slate.core;

/** A forced page break. */
public record PageBreak() implements Element {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
