package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees when something is wrong: one clear line, an exit code, and no partial or lost file. */
class CliFailureTest {

    @Test
    void aMissingScript(@TempDir Path dir) throws IOException {
        Slate slate = Slate.run("render", dir.resolve("nope.fountain").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("nope.fountain: no such file").doesNotContain("Exception");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aDirectoryAsTheScript(@TempDir Path dir) {
        Slate slate = Slate.run("check", dir.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("is a directory");
    }

    @Test
    void aBinaryFile(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("photo.fountain");
        Files.write(script, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        Slate slate = Slate.run("render", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("binary file");
        assertThat(dir.resolve("photo.pdf")).doesNotExist();
    }

    @Test
    void textThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("latin1.fountain");
        Files.write(script, "INT. CAF\u00C9 - DAY\n".getBytes(StandardCharsets.ISO_8859_1));

        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("latin1.fountain:1: not UTF-8").contains("save the script as UTF-8");
    }

    @Test
    void anOutputInAFolderThatDoesNotExist(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);

        Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve("missing/out.pdf").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("does not exist; create it first");
    }

    @Test
    void anOutputThatIsTheInput(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        byte[] before = Files.readAllBytes(script);

        Slate slate = Slate.run("render", script.toString(), "--pdf", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("is the input script");
        assertThat(Files.readAllBytes(script)).isEqualTo(before);
    }

    @Test
    void twoOutputsInOneFile(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path same = dir.resolve("out.pdf");

        Slate slate = Slate.run("render", script.toString(), "--pdf", same.toString(), "--shotlist", same.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("out.pdf: is also another output; give each output its own file");
        assertThat(same).doesNotExist();
    }

    @Test
    void aFailedRenderKeepsTheEarlierOutputAndLeavesNoPartialFile(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(pdf, "an earlier render");
        Path notAFont = dir.resolve("font.ttf");
        Files.writeString(notAFont, "not a font");

        Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString(), "--font", notAFont.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("font.ttf").doesNotContain("\tat ");
        assertThat(Files.readString(pdf)).isEqualTo("an earlier render");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("syntax-simple.fountain", "out.pdf", "font.ttf");
    }

    @Test
    void aCharacterNoFontCanDraw(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("tomb.fountain");
        Files.writeString(script, "INT. TOMB - NIGHT\n\nA carving: \uD80C\uDC00 glows.\n", StandardCharsets.UTF_8);

        Slate slate = Slate.run("render", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains(script + ":3:12: no font can draw '\uD80C\uDC00' (U+13000)")
                .contains("fonts-noto-core", "--fallback-font FONT");
        assertThat(dir.resolve("tomb.pdf")).doesNotExist();
    }

    @Test
    void aBadOptionValue(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);

        Slate slate = Slate.run("render", script.toString(), "--paper", "b5");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("unknown paper 'b5'; accepted: letter, a4");
    }

    @Test
    void aProcessPrintsOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Slate slate = Slate.process(dir, "render", "missing.fountain");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err().strip()).isEqualTo("slate: missing.fountain: no such file; check the path");
    }

    @Test
    void aProcessRendersTheExampleAndDebugShowsTheTrace(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("brick-and-steel.fountain", dir);

        Slate ok = Slate.process(dir, "render", script.getFileName().toString(), "--shotlist", "--csv");
        Slate debug = Slate.process(dir, "check", "--debug", "missing.fountain");

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(dir.resolve("brick-and-steel-shotlist.docx")).isNotEmptyFile();
        assertThat(debug.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(debug.err()).contains("\tat dev.slate.cli.");
    }
}
