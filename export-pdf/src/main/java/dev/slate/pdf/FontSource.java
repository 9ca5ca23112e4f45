package dev.slate.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A TrueType or OpenType font face to embed, read once into memory so that a renderer can use it for
 * any number of documents: a .ttf (embedded as a subset), an .otf with TrueType or PostScript (CFF)
 * outlines, or the first font of a collection (.ttc, .otc).
 *
 * @since 0.1.0
 */
public final class FontSource {

    private final String name;
    private final byte[] bytes;

    private FontSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        if (!looksLikeAFont(bytes)) {
            throw new IllegalArgumentException(name + " is not a font file (it does not start like a TrueType, "
                    + "OpenType or collection font); give a .ttf, .otf or .ttc file");
        }
    }

    /**
     * The font in a file; read now.
     *
     * @throws IllegalArgumentException when the path is not a regular file or not a font
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static FontSource file(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a regular file; give a .ttf, .otf or .ttc font file");
        }
        try {
            return new FontSource(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The font in a stream, read now to its end; the stream is not closed.
     *
     * @throws IllegalArgumentException when the bytes are not a font
     */
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

    /** TrueType (00 01 00 00, "true"), OpenType with CFF ("OTTO") or a collection ("ttcf"). */
    private static boolean looksLikeAFont(byte[] bytes) {
        if (bytes.length < 12) {
            return false;
        }
        int tag = (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF;
        return tag == 0x00010000 || tag == 0x74727565 || tag == 0x4F54544F || tag == 0x74746366;
    }

    @Override
    public String toString() {
        return name;
    }
}
