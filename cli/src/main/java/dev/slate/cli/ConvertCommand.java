package dev.slate.cli;

import dev.slate.cli.internal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code slate convert}: a script from Fountain to Final Draft (FDX) or back. */
@Command(name = "convert", addMethodSubcommands = false,
        mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert a script between Fountain and Final Draft (FDX).",
                "The formats come from the extensions (.fountain, .fdx) or --to; OUT - writes to standard output. "
                        + "The output is written in full first and then moved into place, so a failure never "
                        + "leaves a partial file or destroys an earlier one; the input is never overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error",
                "3:the script cannot be read or the output cannot be written"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The script to convert (.fountain or .fdx).")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path output;

    @Option(names = "--to", converter = FormatConverter.class, paramLabel = "FORMAT",
            description = "fountain or fdx (default: from OUT's extension).")
    ScriptFormat to;

    @Option(names = "--force", description = "Replace the output file even when it is read-only.")
    boolean force;

    @Mixin
    PaperOption paper;

    @Mixin
    DebugOption debug;

    /** Where an output named {@code -} goes. */
    private final OutputStream standardOutput;

    /** For tools that make commands by reflection, such as picocli's completion generator. */
    ConvertCommand() {
        this(System.out);
    }

    ConvertCommand(OutputStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    @Override
    public Integer call() {
        ScriptFormat format = to != null ? to : ScriptFormat.named(output).orElseThrow(() -> UserError.usage(output
                + ": cannot tell the format from the extension; name it .fountain or .fdx, or give --to fountain|fdx"));
        OutputTarget target = OutputPlan.single(input, output, force);
        Script script = Script.read(input);
        PrintWriter err = spec.commandLine().getErr();
        script.problems().forEach(p -> err.println(Terminal.line(script.format(p))));
        err.flush();
        try (Outputs outputs = new Outputs(standardOutput)) {
            outputs.add(target, out -> {
                try {
                    format.write(script.screenplay(), paper.paper, out);
                } catch (IllegalArgumentException e) {
                    throw UserError.io(input + ": " + e.getMessage(), e);
                }
            });
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    /** {@code fountain} or {@code fdx}. */
    static final class FormatConverter implements ITypeConverter<ScriptFormat> {
        @Override
        public ScriptFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "fountain" -> ScriptFormat.FOUNTAIN;
                case "fdx", "finaldraft", "final-draft" -> ScriptFormat.FDX;
                default -> throw new TypeConversionException("unknown format '" + value + "'; accepted: fountain, fdx");
            };
        }
    }
}
