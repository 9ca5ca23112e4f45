package dev.slate.cli;

import dev.slate.cli.internal.MetricsOnlyFontMapper;
import dev.slate.cli.internal.SimpleLogFactory;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;

/** The {@code slate} command's entry point. */
public final class Main {

    /**
     * {@link SlateCommand}'s subcommands by name, as its annotation lists them: read from the annotations,
     * they would cost every run the parsing of every subcommand's annotation.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = Map.of(
            "render", RenderCommand.class, "watch", WatchCommand.class, "check", CheckCommand.class,
            "stats", StatsCommand.class, "convert", ConvertCommand.class, "schedule", ScheduleCommand.class,
            "help", CommandLine.HelpCommand.class);

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
        // PDFBox logs through Commons Logging, which would find Log4j and start it for every PDF (a
        // sixth of a first PDF's time): Commons Logging's simple logger instead, errors only, to stderr,
        // made directly unless the one running Slate chose another logger.
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            setIfUnset("org.apache.commons.logging.LogFactory", SimpleLogFactory.class.getName());
        }
        setIfUnset("org.apache.commons.logging.simplelog.defaultlog", "error");
        MetricsOnlyFontMapper.install();
        RenderCommand plain = PlainRender.command(args, binaryOut);
        if (plain != null) {
            return PlainRender.run(plain, err);
        }
        CommandLine cli = commandLine(binaryOut, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(ErrorHandler.catchingErrors());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli.execute(args);
    }

    /** Sets a system property unless the one running Slate set it ({@code SLATE_JAVA_OPTS}, an embedding program). */
    private static void setIfUnset(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The command with its subcommands; {@code render} and {@code convert} send {@code -} outputs to {@code binaryOut}. */
    static CommandLine commandLine(OutputStream binaryOut) {
        return new CommandLine(new SlateCommand(), factory(binaryOut));
    }

    /**
     * The command for these arguments. Picocli reads every option of every subcommand by reflection
     * when it builds a command, which is most of a short run's start-up: a run of one subcommand
     * builds that one alone, under a parent named {@code slate}. Anything else ({@code --help},
     * {@code help render}, a mistyped name) gets the whole command.
     */
    static CommandLine commandLine(OutputStream binaryOut, String[] args) {
        Class<?> only = args.length == 0 ? null : subcommand(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return commandLine(binaryOut);
        }
        CommandLine.IFactory factory = factory(binaryOut);
        CommandLine parent = new CommandLine(CommandLine.Model.CommandSpec.create().name("slate"), factory);
        try {
            parent.addSubcommand(args[0], new CommandLine(factory.create(only), factory));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the " + args[0] + " command", e);
        }
        return parent;
    }

    /** The subcommand of {@link SlateCommand} with this name, or null. */
    private static Class<?> subcommand(String name) {
        return SUBCOMMANDS.get(name);
    }

    private static CommandLine.IFactory factory(OutputStream binaryOut) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RenderCommand.class) {
                    return type.cast(new RenderCommand(binaryOut));
                }
                return type == ConvertCommand.class ? type.cast(new ConvertCommand(binaryOut)) : defaults.create(type);
            }
        };
    }
}
