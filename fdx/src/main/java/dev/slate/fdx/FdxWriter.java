package dev.slate.fdx;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.fdx.internal.DocumentWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a screenplay as a Final Draft file ({@code .fdx}) that Final Draft opens as a proper
 * script: root {@code Version="6"} (Final Draft 13), Final Draft's standard element settings and
 * page layout for the paper, scene numbers, scene lengths and pages from Slate's paginator, the
 * title page as Final Draft lays it out, dual dialogue in Final Draft's shape, and the shot plan, the
 * cast and writers' notes as script notes in Slate's shot notation, so that they survive a trip
 * through Final Draft and read back with {@link FdxReader}. The mapping is in docs/fdx.md.
 *
 * <pre>{@code
 * FdxWriter.create().write(screenplay, out);
 * }</pre>
 *
 * <p>Output is deterministic: the same screenplay gives the same bytes. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class FdxWriter {

    private final DocumentWriter writer;

    private FdxWriter(Paper paper) {
        this.writer = new DocumentWriter(paper);
    }

    /** A writer for US Letter. */
    public static FdxWriter create() {
        return new FdxWriter(Paper.LETTER);
    }

    /** A writer for the given paper (its page size, margins and indents). */
    public static FdxWriter forPaper(Paper paper) {
        return new FdxWriter(Objects.requireNonNull(paper, "paper must not be null"));
    }

    /**
     * The screenplay as FDX bytes (UTF-8).
     *
     * @throws IllegalArgumentException when a shot covers elements its scene does not have
     */
    public byte[] write(Screenplay screenplay) {
        return writer.write(Objects.requireNonNull(screenplay, "screenplay must not be null"));
    }

    /**
     * Writes the screenplay to a stream in one piece, flushed, not closed. Nothing is written when the
     * screenplay cannot be written.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Screenplay screenplay, OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        byte[] fdx = write(screenplay);
        try {
            out.write(fdx);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the FDX: " + e.getMessage(), e);
        }
    }
}
