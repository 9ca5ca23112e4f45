package dev.slate.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line a writer types most, {@code slate render SCRIPT... [--pdf [FILE]]}, read without
 * picocli. Building picocli's model of {@code render} (45 options, read by reflection) costs a
 * fifth of a short render's time, which this form does not need. Any other argument, a help
 * request, a mistake or an unusual spelling, is left to picocli, which reads and reports it as
 * always; so this reads only what it is sure of, and gives the command exactly the fields that
 * picocli would (PlainRenderTest compares the two).
 */
final class PlainRender {

    private PlainRender() {
    }

    /** The render command these arguments ask for, or null where picocli must read them. */
    static RenderCommand command(String[] args, OutputStream binaryOut) {
        if (args.length < 2 || !args[0].equals("render")) {
            return null;
        }
        List<Path> scripts = new ArrayList<>();
        String pdf = null;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--pdf") || arg.startsWith("--pdf=")) {
                    if (pdf != null) {
                        return null; // given twice: picocli says so
                    }
                    if (arg.startsWith("--pdf=")) {
                        pdf = arg.substring("--pdf=".length());
                        if (pdf.isEmpty()) {
                            return null;
                        }
                    } else if (i + 1 < args.length && isPlain(args[i + 1])) {
                        pdf = args[++i];
                    } else if (i + 1 == args.length) {
                        pdf = OutputPlan.BESIDE_SCRIPT;
                    } else {
                        return null;
                    }
                } else if (isPlain(arg)) {
                    scripts.add(Path.of(arg));
                } else {
                    return null;
                }
            }
        } catch (InvalidPathException e) {
            return null; // picocli names the bad argument
        }
        if (scripts.isEmpty()) {
            return null;
        }
        RenderCommand command = new RenderCommand(binaryOut);
        command.scripts = scripts;
        command.pdf = pdf;
        return command;
    }

    /** Runs the command as picocli's execution would: a failure becomes one line on {@code err} and an exit code. */
    static int run(RenderCommand command, PrintWriter err) {
        try {
            return command.call(err);
        } catch (RuntimeException | Error e) {
            return ErrorHandler.report(e, err, false);
        }
    }

    /**
     * A script or file name and nothing else: not an option, not {@code -}, not an {@code @file} of
     * arguments, which picocli expands.
     */
    private static boolean isPlain(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }
}
