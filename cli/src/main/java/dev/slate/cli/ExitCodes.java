package dev.slate.cli;

/** The exit codes of {@code slate}, as its help lists them. */
final class ExitCodes {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int IO = 3;

    private ExitCodes() {
    }
}
