package dev.slate.cli;

import dev.slate.cli.internal.MetricsOnlyFontMapper;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;

/** The {@code slate} command's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code slate} with these arguments and streams and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.out, out, err);
    }

    /**
     * Runs {@code slate}; {@code binaryOut} receives the outputs named {@code -} (a PDF on standard
     * output), {@code out} the text a command prints.
     */
    public static int run(String[] args, OutputStream binaryOut, PrintWriter out, PrintWriter err) {
        // POI logs through Log4j: its simple logger, errors only, instead of a missing-provider warning.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        MetricsOnlyFontMapper.install();
        CommandLine cli = commandLine(binaryOut);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(ErrorHandler.catchingErrors());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli.execute(args);
    }

    /** The command with its subcommands; {@code render} and {@code convert} send {@code -} outputs to {@code binaryOut}. */
    static CommandLine commandLine(OutputStream binaryOut) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine(new SlateCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RenderCommand.class) {
                    return type.cast(new RenderCommand(binaryOut));
                }
                return type == ConvertCommand.class ? type.cast(new ConvertCommand(binaryOut)) : defaults.create(type);
            }
        });
    }
}
