package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors, help and version as the README documents them; library faults are not the user's. */
class UsageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"render --paper b5 x.fountain", "render --nope x.fountain", "stats", "check --quiet=maybe x",
            "stats --format xml x.fountain", "frobnicate"})
    void aUsageErrorIsOneLine(String args) {
        Slate slate = Slate.run(args.split(" "));

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err().lines()).hasSize(1);
        assertThat(slate.err()).startsWith("slate: ").contains("--help')");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "Csv", "TEXT"})
    void statsFormatsAreCaseInsensitive(String format, @TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);

        Slate slate = Slate.run("stats", "--format", format, script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).isEqualTo(Slate.run("stats", "--format", format.toLowerCase(java.util.Locale.ROOT),
                script.toString()).out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"render", "check", "stats", "convert"})
    void everyCommandPrintsTheVersion(String command) {
        Slate slate = Slate.run(command, "--version");

        assertThat(slate.exitCode()).isZero();
        assertThat(slate.out()).startsWith("slate ").isEqualTo(Slate.run("--version").out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"render", "check", "stats", "convert"})
    void helpWrapsAtWordBoundaries(String command) {
        CommandLine sub = Main.commandLine(System.out).getSubcommands().get(command);
        String help = Slate.run(command, "--help").out();
        String joined = String.join(" ", help.lines().map(String::strip).toList());

        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        for (String paragraph : sub.getCommandSpec().usageMessage().description()) {
            assertThat(joined).contains(paragraph);
        }
        for (CommandLine.Model.OptionSpec option : sub.getCommandSpec().options()) {
            for (String words : option.description()) {
                String expanded = words.replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
                assertThat(joined).as(option.longestName()).contains(expanded);
            }
        }
    }

    @Test
    void anIllegalArgumentFromTheLibraryIsAnInternalErrorNotAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Failing());
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new ErrorHandler());

        int code = cli.execute();

        assertThat(code).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(err.toString().strip()).isEqualTo("slate: internal error: java.lang.IllegalArgumentException: "
                + "index 7 out of range (run again with --debug and report it)");
    }

    @CommandLine.Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalArgumentException("index 7 out of range");
        }
    }

}
