package dev.slate.cli;

import dev.slate.cli.internal.MetricsOnlyFontMapper;
import picocli.CommandLine;

import java.io.PrintWriter;

/** The {@code slate} command's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code slate} with these arguments and streams and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // POI logs through Log4j: its simple logger, errors only, instead of a missing-provider warning.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        MetricsOnlyFontMapper.install();
        CommandLine cli = new CommandLine(new SlateCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli.execute(args);
    }
}
