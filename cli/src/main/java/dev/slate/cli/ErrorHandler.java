package dev.slate.cli;

import dev.slate.cli.internal.Terminal;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns a failure in a command into one line on stderr and an exit code: a {@link UserError} says
 * what to do; anything else, an {@code IllegalArgumentException} from the library included, is a
 * fault of Slate's; running out of memory or stack says how to give Java more. Only {@code --debug}
 * shows a stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        return handle(e, cli.getErr(), parsed);
    }

    /** Runs the parsed command, catching the {@link Error}s that picocli lets through. */
    static CommandLine.IExecutionStrategy catchingErrors() {
        return parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (CommandLine.ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    return handle(error, parsed.commandSpec().commandLine().getErr(), parsed);
                }
                throw e;
            } catch (Error e) {
                return handle(e, parsed.commandSpec().commandLine().getErr(), parsed);
            }
        };
    }

    private static int handle(Throwable e, PrintWriter err, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        return report(e, err, debug);
    }

    /** Prints a failure as its one line (and, with {@code debug}, the stack trace); returns its exit code. */
    static int report(Throwable e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof UserError user) {
            err.println("slate: " + Terminal.line(user.getMessage()));
            code = user.exitCode();
        } else if (e instanceof OutOfMemoryError) {
            err.println("slate: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give it more, e.g. SLATE_JAVA_OPTS=-Xmx4g bin/slate ... or java -Xmx4g -jar slate.jar ..., "
                    + "or split the script");
            code = ExitCodes.PROBLEMS;
        } else if (e instanceof StackOverflowError) {
            err.println("slate: the script nests too deeply (stack overflow); run java -Xss64m -jar slate.jar ... "
                    + "and report it (run again with --debug for the trace)");
            code = ExitCodes.PROBLEMS;
        } else {
            err.println("slate: internal error: " + Terminal.line(String.valueOf(e))
                    + " (run again with --debug and report it)");
            code = ExitCodes.PROBLEMS;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
