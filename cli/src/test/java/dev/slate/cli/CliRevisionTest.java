package dev.slate.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slate render --revised-from}: blue pages from the command line. */
class CliRevisionTest {

    private static final String OLD = """
            Title: Revisions

            INT. KITCHEN - DAY

            Dana pours coffee. The radio plays.

            DANA
            Morning.

            EXT. GARDEN - DAY

            Lee digs a hole.

            INT. GARAGE - NIGHT

            The car will not start.
            """;

    private static final String NEW = OLD.replace("The radio plays.", "The radio hisses.")
            .replace("EXT. GARDEN - DAY\n\nLee digs a hole.\n\n", "");

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void printsTheRevisionWithMarksAHeaderAndOmittedScenes(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.fountain", OLD);
        Path script = write(dir, "new.fountain", NEW);
        Path pdf = dir.resolve("blue.pdf");

        Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString(), "--revised-from", old.toString(),
                "--revision", "blue", "--revision-date", "2026-12-01", "--lock-pages", "--scene-numbers", "both");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Blue Rev. 12/01/26", "2 OMITTED 2 *", "The radio hisses. *", "3 INT. GARAGE - NIGHT 3");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getCustomMetadataValue("Revision")).isEqualTo("Blue");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("RevisionDate")).isEqualTo("2026-12-01");
        }
    }

    @Test
    void theSameDraftsAndOptionsGiveTheSameBytes(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.fountain", OLD);
        Path script = write(dir, "new.fountain", NEW);
        for (String name : new String[] {"a.pdf", "b.pdf"}) {
            Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve(name).toString(),
                    "--revised-from", old.toString(), "--revision-date", "2026-12-01", "--changed-pages-only");
            assertThat(slate.exitCode()).as(slate.err()).isZero();
        }
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("b.pdf")));
    }

    @Test
    void refusesRevisionOptionsWithoutAPreviousDraft(@TempDir Path dir) throws IOException {
        Path script = write(dir, "new.fountain", NEW);

        Slate slate = Slate.run("render", script.toString(), "--lock-pages");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("--lock-pages needs --revised-from OLD").doesNotContain("Exception");
        assertThat(dir.resolve("new.pdf")).doesNotExist();
    }

    @Test
    void namesAMissingPreviousDraftAndWritesNothing(@TempDir Path dir) throws IOException {
        Path script = write(dir, "new.fountain", NEW);

        Slate slate = Slate.run("render", script.toString(), "--revised-from", dir.resolve("gone.fountain").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("gone.fountain", "previous draft").doesNotContain("Exception");
        assertThat(dir.resolve("new.pdf")).doesNotExist();
    }

    @Test
    void neverWritesOverThePreviousDraft(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.fountain", OLD);
        Path script = write(dir, "new.fountain", NEW);

        Slate slate = Slate.run("render", script.toString(), "--pdf", old.toString(), "--revised-from", old.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("is the previous draft");
        assertThat(Files.readString(old)).isEqualTo(OLD);
    }

    @Test
    void refusesAMarkColumnOffThePage(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.fountain", OLD);
        Path script = write(dir, "new.fountain", NEW);

        Slate slate = Slate.run("render", script.toString(), "--revised-from", old.toString(), "--mark-column", "9");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("--mark-column 9.0", "between 7.0 and 8.0");
        assertThat(dir.resolve("new.pdf")).doesNotExist();
    }

    @Test
    void checkWarnsOfAShotThePreviousDraftPlannedOnDeletedTextAtItsLineThere(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.fountain", OLD.replace("Lee digs a hole.", "[[SHOT 2A: WS | the hole]]\n\n"
                + "Lee digs a hole.\n\n[[END SHOT 2A]]"));
        Path script = write(dir, "new.fountain", NEW);

        Slate slate = Slate.run("check", script.toString(), "--revised-from", old.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).contains(old + ":12:1: warning: shot 2A (EXT. GARDEN - DAY) has nothing left to cover: "
                + "its scene was deleted", "[shot-lost]", "1 warning");
    }
}
