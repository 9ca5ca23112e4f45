package dev.slate.fdx;

import java.io.IOException;
import java.util.Optional;

/**
 * The input is not a Final Draft file Slate can read: not XML, malformed XML, a DOCTYPE (refused,
 * so that no entity is ever expanded and nothing outside the input is read), too large or too
 * deeply nested, or XML whose root is not {@code <FinalDraft>}. The message says what is wrong and
 * what to do; the line and column are where in the input, when known.
 *
 * @since 0.1.0
 */
public final class FdxException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param message what is wrong and what to do
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public FdxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line in the input, when known. */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** The 1-based column in the input, when known. */
    public Optional<Integer> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }
}
