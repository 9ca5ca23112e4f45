package dev.slate.pdf.internal;

/** The bytes of a caller's font and the name to use in messages. */
public record FontData(String name, byte[] bytes) {
}
