package dev.slate.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns an exception in a command into one line on stderr and an exit code. Only {@code --debug}
 * shows a stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        int code;
        if (e instanceof UserError user) {
            err.println("slate: " + user.getMessage());
            code = user.exitCode();
        } else if (e instanceof IllegalArgumentException bad) {
            err.println("slate: " + bad.getMessage());
            code = ExitCodes.USAGE;
        } else {
            err.println("slate: internal error: " + e + " (run again with --debug and report it)");
            code = ExitCodes.PROBLEMS;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
