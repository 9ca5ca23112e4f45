package dev.slate.cli;

/**
 * A failure the user can fix: a missing file, a bad encoding, a refused output path. The command
 * prints its message and remedy on one line and exits with {@link #exitCode()}, no stack trace.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An input or output failure (exit code 3). */
    static UserError io(String message) {
        return new UserError(ExitCodes.IO, message, null);
    }

    static UserError io(String message, Throwable cause) {
        return new UserError(ExitCodes.IO, message, cause);
    }

    /** A bad option value or combination (exit code 2). */
    static UserError usage(String message) {
        return new UserError(ExitCodes.USAGE, message, null);
    }

    int exitCode() {
        return exitCode;
    }
}
