package dev.slate.cli;

import dev.slate.core.layout.Paginator;
import dev.slate.cli.internal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slate stats}: pages, scene lengths, cast, locations and shots of a script. */
@Command(name = "stats", addMethodSubcommands = false,
        mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Count pages, scenes, cast, locations and shots.",
                "Scenes with their first page, length in eighths and screen time; the cast with dialogue",
                "counts; locations; shots and estimated shooting minutes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:a script cannot be read"})
final class StatsCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCRIPT", description = "Fountain (.fountain) or Final Draft (.fdx) files to count.")
    List<Path> scripts;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or csv (default: ${DEFAULT-VALUE}). JSON: one object per script, "
                    + "in an array when several scripts are given.")
    Format format;

    @Mixin
    PaperOption paper;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Paginator paginator = Paginator.builder().paper(paper.paper).build();
        boolean array = format == Format.json && scripts.size() > 1;
        if (array) {
            out.print('[');
        }
        for (int i = 0; i < scripts.size(); i++) {
            Script script = Script.read(scripts.get(i));
            Stats stats = Stats.of(script.file().toString(), script.screenplay(), paginator.paginate(script.screenplay()));
            switch (format) {
                case text -> out.print((i > 0 ? "\n" : "") + Terminal.lines(stats.text()));
                case json -> out.print((i > 0 ? "," : "") + stats.json());
                case csv -> {
                    String csv = Terminal.lines(stats.csv());
                    out.print(i > 0 ? csv.substring(csv.indexOf('\n') + 1) : csv); // one header row in all
                }
            }
        }
        if (array) {
            out.print(']');
        }
        if (format == Format.json) {
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
