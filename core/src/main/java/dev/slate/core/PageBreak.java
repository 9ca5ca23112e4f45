package dev.slate.core;

/** A forced page break. */
public record PageBreak() implements Element {
}
