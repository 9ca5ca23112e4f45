package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of one subcommand builds that subcommand alone (the start-up is mostly picocli reading
 * options by reflection), and it behaves as it does inside the whole command: the same help, the
 * same usage errors. A PDF starts no logging framework.
 */
class SubcommandStartTest {

    /**
     * PDFBox logs through Commons Logging's simple logger, made by SimpleLogFactory without the stock
     * factory's discovery: Log4j, which POI needs, is not even loaded.
     */
    @Test
    void aPdfRenderLoadsNoLog4j(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain.\n");

        Slate slate = Slate.processWith(dir, List.of("-verbose:class"), "render", "rooftop.fountain", "--pdf");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).contains("org.apache.pdfbox.pdmodel.PDDocument", "org.apache.commons.logging.impl.SimpleLog")
                .doesNotContain("org.apache.logging.log4j", "org.apache.commons.logging.impl.LogFactoryImpl");
        assertThat(dir.resolve("rooftop.pdf")).isRegularFile();
    }

    @Test
    void theTableOfSubcommandsIsTheOneTheCommandDeclares() {
        Map<String, Class<?>> declared = new HashMap<>();
        for (Class<?> type : SlateCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            declared.put(type.getAnnotation(CommandLine.Command.class).name(), type);
        }
        assertThat(Main.SUBCOMMANDS).isEqualTo(declared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "watch", "check", "stats", "convert", "schedule"})
    void aRunOfOneSubcommandBuildsThatOneAlone(String name) {
        assertThat(Main.commandLine(System.out, new String[] {name, "x.fountain"}).getSubcommands())
                .containsOnlyKeys(name);
        assertThat(Main.commandLine(System.out, new String[] {"help", name}).getSubcommands())
                .containsKeys("render", "watch", "check", "stats", "convert", "schedule", "help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "watch", "check", "stats", "convert", "schedule"})
    void itsHelpIsTheHelpTheWholeCommandGives(String name) {
        Slate alone = Slate.run(name, "--help");
        Slate whole = Slate.run("help", name);

        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).startsWith("Usage: slate " + name).isEqualTo(whole.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "watch", "check", "stats"})
    void itsUsageErrorsNameTheWholeCommand(String name) {
        Slate slate = Slate.run(name, "--no-such-option", "x.fountain");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err().strip()).isEqualTo("slate: Unknown option: '--no-such-option' (see 'slate " + name + " --help')");
    }
}
