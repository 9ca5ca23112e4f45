package dev.slate.cli;

import dev.slate.core.testing.SharedFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    static List<Path> corpus() {
        return SharedFolder.fountainScripts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void checksEveryCorpusScriptWithoutErrors(Path script) {
        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).as(slate.out()).isZero();
        assertThat(slate.out()).doesNotContain(": error: ").contains("1 script, 0 errors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void countsEveryCorpusScript(Path script) {
        Slate slate = Slate.run("stats", "--format", "json", script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).startsWith("{\"file\":").contains("\"pages\":", "\"scenes\":[", "\"cast\":[",
                "\"locations\":[", "\"shots\":{\"total\":");
    }

    /** A 1st AD's breakdown: every scene whose heading has a time of day is DAY or NIGHT. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everySceneWithATimeOfDayIsDayOrNight(Path script) {
        Slate slate = Slate.run("stats", "--format", "csv", script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        String[] rows = slate.out().split("\r\n");
        assertThat(rows[0]).contains("Time of day,Day/night,");
        for (int r = 1; r < rows.length; r++) {
            List<String> cells = csvCells(rows[r]);
            if (!cells.get(4).isEmpty()) {
                assertThat(cells.get(5)).as("%s: %s", script.getFileName(), rows[r]).isIn("DAY", "NIGHT");
            }
        }
    }

    private static List<String> csvCells(String row) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void rendersThePdfBesideTheScriptByDefault(@TempDir Path dir) throws IOException {
        Path script = copy("brick-and-steel.fountain", dir);

        Slate slate = Slate.run("render", script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("brick-and-steel.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("brick-and-steel.fountain", "brick-and-steel.pdf");
    }

    @Test
    void rendersAllThreeOutputsToNamedFiles(@TempDir Path dir) throws IOException {
        Path script = copy("the-last-birthday-card.fountain", dir);

        Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve("a.pdf").toString(),
                "--shotlist", dir.resolve("b.docx").toString(), "--csv", dir.resolve("c.csv").toString(),
                "--paper", "a4", "--scene-numbers", "both", "--watermark", "Dana's copy", "--order", "setup");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(dir.resolve("a.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("b.docx")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("c.csv"))).startsWith("\uFEFFScene,Heading");
    }

    @Test
    void rendersSeveralScriptsEachBesideItself(@TempDir Path dir) throws IOException {
        Path a = copy("syntax-simple.fountain", dir);
        Path b = copy("scene-numbers.fountain", dir);

        Slate slate = Slate.run("render", a.toString(), b.toString(), "--pdf", "--shotlist");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(dir.resolve("syntax-simple.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("scene-numbers-shotlist.docx")).isNotEmptyFile();
    }

    @Test
    void refusesANamedOutputForSeveralScripts(@TempDir Path dir) throws IOException {
        Path a = copy("syntax-simple.fountain", dir);
        Path b = copy("scene-numbers.fountain", dir);

        Slate slate = Slate.run("render", a.toString(), b.toString(), "--pdf", dir.resolve("x.pdf").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("needs a single script");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void printsProblemsWithFileLineAndColumnAndFailsOnErrors(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("bad.fountain");
        Files.writeString(script, "INT. ROOF - DAY\n\n[[SHOT 1: CU, 5000mm | NOBODY]]\n\nShe holds.\n",
                StandardCharsets.UTF_8);

        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(slate.out()).contains(script + ":3:1: error: ").contains("[lens-out-of-range]");
    }

    /** Hidden text that would reach the page: the writer sees where before printing. */
    @Test
    void warnsOfANoteLeftOpenAndABoneyardInsideABoneyard(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("hidden.fountain");
        Files.writeString(script, "INT. ROOF - DAY\n\nShe waits. /* cut /* this */ kept */\n\n[[A note\n\nover a blank line]]\n",
                StandardCharsets.UTF_8);

        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).contains(script + ":3:19: warning: ").contains("[nested-boneyard]")
                .contains(script + ":5:1: warning: ").contains("[unclosed-note]");
    }

    @Test
    void theCommandsPdfIsByteForByteTheLibrarysPdf(@TempDir Path dir) throws Exception {
        Path script = copy("big-fish.fountain", dir);

        Slate command = Slate.process(dir, "render", script.toString(), "--pdf", dir.resolve("command.pdf").toString());
        Slate library = Slate.java(dir, LibraryRender.class, script.toString(), dir.resolve("library.pdf").toString());

        assertThat(command.exitCode()).as(command.err()).isZero();
        assertThat(library.exitCode()).as(library.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("command.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("library.pdf")));
    }

    @Test
    void theShotListsSceneLengthsAreThoseOfThePdfPrintedWithTheSameOptions(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("notes.fountain");
        Files.writeString(script, "INT. ROOF - DAY\n\n[[SHOT 1: CU | setup A]]\n\nShe holds.\n\n"
                + "[[A note for the writer.]]\n\n".repeat(12), StandardCharsets.UTF_8);

        Slate plain = Slate.run("render", script.toString(), "--csv", dir.resolve("plain.csv").toString());
        Slate notes = Slate.run("render", script.toString(), "--notes", "--csv", dir.resolve("notes.csv").toString());

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(notes.exitCode()).as(notes.err()).isZero();
        assertThat(Files.readString(dir.resolve("plain.csv"))).contains("\r\n1,INT. ROOF - DAY,INT,DAY,1,1/8,");
        assertThat(Files.readString(dir.resolve("notes.csv"))).contains("\r\n1,INT. ROOF - DAY,INT,DAY,4,4/8,");
    }

    @Test
    void showsHelpAndVersion() {
        assertThat(Slate.run("--help").out()).contains("render", "check", "stats", "convert", "Exit codes:");
        assertThat(Slate.run("render", "--help").out()).contains("--shotlist", "--paper", "--fallback-font");
        assertThat(Slate.run("--version").out()).startsWith("slate ");
    }

    static Path copy(String name, Path dir) throws IOException {
        return Files.copy(SharedFolder.resolve("corpus/fountain/" + name), dir.resolve(name));
    }

    static Path copyQuietly(String name, Path dir) {
        try {
            return copy(name, dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
