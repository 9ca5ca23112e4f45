package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@code slate render SCRIPT... [--pdf [FILE]]}, read without picocli, gives the command picocli
 * would give, field for field, defaults and mixins included; anything else is left to picocli.
 */
class PlainRenderTest {

    private static final List<String> TOKENS = List.of("a.fountain", "b.fdx", "out.pdf", "--pdf", "--pdf=x.pdf",
            "--pdf=", "-", "--", "@args", "", "--paper", "a4", "--shotlist", "--help", "-x", "render", "--debug");

    @ParameterizedTest
    @ValueSource(strings = {"render a.fountain", "render a.fountain --pdf", "render a.fountain --pdf out.pdf",
            "render --pdf out.pdf a.fountain b.fdx", "render a.fountain --pdf=out.pdf", "render a.fountain b.fdx --pdf"})
    void thePlainFormsAreReadAsPicocliReadsThem(String line) {
        String[] args = line.split(" ");

        RenderCommand plain = PlainRender.command(args, System.out);

        assertThat(plain).as(line).isNotNull();
        assertThat(plain).usingRecursiveComparison().ignoringFields("spec").isEqualTo(picocli(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "render --pdf out.pdf", "render a.fountain --paper a4", "render a.fountain --help",
            "render a.fountain --pdf out.pdf --pdf b.pdf", "render a.fountain --pdf -", "render @args",
            "render a.fountain --pdf --shotlist", "check a.fountain", "render a.fountain --debug"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(PlainRender.command(line.split(" "), System.out)).as(line).isNull();
    }

    @Test
    void whateverItReadsPicocliReadsTheSame() {
        Gen<List<String>> lines = lists().of(integers().between(0, TOKENS.size() - 1).map(TOKENS::get)).ofSizeBetween(0, 6);
        qt().withExamples(2000).forAll(lines).checkAssert(tokens -> {
            List<String> line = new ArrayList<>(List.of("render"));
            line.addAll(tokens);
            String[] args = line.toArray(String[]::new);
            RenderCommand plain = PlainRender.command(args, System.out);
            if (plain != null) {
                assertThat(plain).as(String.join(" ", args)).usingRecursiveComparison().ignoringFields("spec")
                        .isEqualTo(picocli(args));
            }
        });
    }

    /** A failing plain render reports as picocli's execution does: the same line, the same exit code. */
    @Test
    void aFailureIsReportedAsThroughPicocli(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("missing.fountain").toString();
        String pdf = dir.resolve("out.pdf").toString();

        assertThat(Slate.run("render", missing, "--pdf", pdf)).isEqualTo(Slate.run("render", missing, "--pdf", pdf, "--paper", "letter"));
        assertThat(Slate.run("render", missing, "--pdf", pdf).exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    private static RenderCommand picocli(String[] args) {
        CommandLine cli = Main.commandLine(System.out, args);
        cli.parseArgs(args);
        return (RenderCommand) cli.getSubcommands().get("render").getCommand();
    }
}
