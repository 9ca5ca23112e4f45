package dev.slate.cli;

import dev.slate.cli.internal.Terminal;
import dev.slate.core.revision.RevisedShotPlan;
import dev.slate.core.revision.ScriptComparison;
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

/** {@code slate check}: read and validate scripts, print each problem, exit 1 when any is an error. */
@Command(name = "check", addMethodSubcommands = false,
        mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check scripts and their shot plans for problems.",
                "Prints each problem as FILE:LINE:COLUMN: error|warning: message [code].",
                "Storyboards are read as the shot list reads them; each that cannot be shown is a warning."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:at least one error",
                "2:usage error", "3:a script cannot be read"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCRIPT", description = "Fountain (.fountain) or Final Draft (.fdx) files to check.")
    List<Path> scripts;

    @Option(names = "--quiet", description = "Print errors only, no warnings.")
    boolean quiet;

    @Option(names = "--revised-from", paramLabel = "OLD",
            description = "Also warn of each shot of the previous draft OLD that has nothing left to cover in the "
                    + "script: its scene or all of its text deleted (located in OLD) [shot-lost].")
    Path previous;

    @Mixin
    BoardOptions boards = new BoardOptions();

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int warnings = 0;
        int errorCount = 0;
        if (previous != null && scripts.size() != 1) {
            throw UserError.usage("--revised-from compares one script with its previous draft; give a single SCRIPT");
        }
        Script old = previous == null ? null : Script.read(previous);
        for (Path file : scripts) {
            Script script = Script.read(file);
            List<dev.slate.core.Problem> problems = new java.util.ArrayList<>(script.problems());
            problems.addAll(boards.problems(script));
            problems.addAll(CoverageWarnings.of(script));
            for (var problem : problems) {
                if (problem.isError()) {
                    errorCount++;
                } else {
                    warnings++;
                    if (quiet) {
                        continue;
                    }
                }
                out.println(Terminal.line(script.format(problem)));
            }
            if (old != null) {
                List<dev.slate.core.Problem> lost = RevisedShotPlan.check(old.screenplay(), script.screenplay(),
                        ScriptComparison.compare(old.screenplay(), script.screenplay()), old.sources());
                warnings += lost.size();
                if (!quiet) {
                    lost.forEach(p -> out.println(Terminal.line(old.format(p))));
                }
            }
        }
        if (!quiet) {
            out.println(scripts.size() + (scripts.size() == 1 ? " script, " : " scripts, ") + errorCount
                    + (errorCount == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        out.flush();
        return errorCount > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
