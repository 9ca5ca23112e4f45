package dev.slate.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A TrueType or OpenType font to embed, read once into memory so that a renderer can use it for any
 * number of documents. Fonts with TrueType outlines (.ttf) embed as subsets.
 */
public final class FontSource {

    private final String name;
    private final byte[] bytes;

    private FontSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** The font in a file; read now. */
    public static FontSource file(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            return new FontSource(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The font in a stream, read now to its end; the stream is not closed. */
    public static FontSource stream(String name, InputStream in) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(in, "in must not be null");
        try {
            return new FontSource(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name + ": " + e.getMessage(), e);
        }
    }

    /** The name used in messages: the file, or the name given with the stream. */
    public String name() {
        return name;
    }

    /** The font bytes; the array is shared, so it must not be changed. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return name;
    }
}
