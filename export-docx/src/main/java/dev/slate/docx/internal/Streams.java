package dev.slate.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** How every renderer here writes a finished file to a stream: in one piece, flushed, not closed. */
public final class Streams {

    private Streams() {
    }

    /**
     * Writes the bytes and flushes the stream.
     *
     * @param what what the bytes are, for the message when the stream fails ("the shot list")
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(byte[] bytes, OutputStream out, String what) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + ": " + e.getMessage(), e);
        }
    }

    /** The stream, refused when null. */
    public static OutputStream notNull(OutputStream out) {
        return Objects.requireNonNull(out, "out must not be null");
    }
}
