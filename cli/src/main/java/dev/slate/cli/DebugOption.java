package dev.slate.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, shared by every command: a failure prints its stack trace after the one-line message. */
final class DebugOption {

    @Option(names = "--debug", description = "Show the stack trace of a failure.")
    boolean debug;
}
