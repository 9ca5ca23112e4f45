package dev.slate.fdx;

import dev.slate.core.ReadResult;
import dev.slate.fdx.internal.DocumentReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a Final Draft file ({@code .fdx}) into a {@link dev.slate.core.Screenplay}: every paragraph
 * type Final Draft writes, text runs and their styles, dual dialogue, page breaks, scene numbers
 * (kept as given, and locked), scene summaries as synopses, the title page, and script notes, among
 * them the shot plan and cast that Slate writes as notes in its shot notation.
 *
 * <pre>{@code
 * ReadResult result = FdxReader.create().read(in);
 * Screenplay play = result.screenplay();
 * FdxSourceMap where = (FdxSourceMap) result.sourceMap();
 * }</pre>
 *
 * <p>The input is untrusted: a DOCTYPE is refused (so no entity is ever expanded and nothing beyond
 * the input is read), and the size ({@value #DEFAULT_MAX_BYTES} bytes by default) and element depth
 * are capped. What is not a readable FDX file fails as one {@link FdxException} naming the line and
 * column; what is readable but odd is reported in {@link ReadResult#problems()} with these codes:
 * {@code unknown-paragraph-type}, {@code dialogue-without-character}, {@code empty-scene-heading},
 * {@code bad-scene-number}, {@code odd-dual-dialogue}, {@code shot-outside-scene},
 * {@code unmatched-shot-end}, {@code malformed-shot}, {@code not-a-script}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FdxReader {

    /** The default cap on the input size: 16 MB, a hundred times a long Final Draft script. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** The default cap on element nesting; Final Draft files nest fewer than ten deep. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final DocumentReader reader;

    private FdxReader(long maxBytes, int maxDepth) {
        this.reader = new DocumentReader(maxBytes, maxDepth);
    }

    /** A reader with the default caps. */
    public static FdxReader create() {
        return new FdxReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /**
     * A reader with other caps.
     *
     * @param maxBytes the most bytes read before the input is refused, at least 1
     * @param maxDepth the deepest element nesting accepted, at least 8
     */
    public static FdxReader withLimits(long maxBytes, int maxDepth) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        if (maxDepth < 8) {
            throw new IllegalArgumentException("maxDepth must be at least 8 (FDX nests that deep), got " + maxDepth);
        }
        return new FdxReader(maxBytes, maxDepth);
    }

    /**
     * Reads an FDX file from a stream, which is not closed. The source map of the result is an
     * {@link FdxSourceMap}.
     *
     * @throws FdxException when the input is not a readable FDX file
     * @throws IOException  when the stream fails
     */
    public ReadResult read(InputStream in) throws IOException {
        return reader.read(Objects.requireNonNull(in, "in must not be null"));
    }
}
