package dev.slate.cli;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.fdx.FdxReader;
import dev.slate.core.testing.SharedFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Final Draft files in render, check and stats, and {@code slate convert} both ways. */
class CliFdxTest {

    private static Path fdx(Path dir) {
        Path fountain = CliTest.copyQuietly("brick-and-steel.fountain", dir);
        Path fdx = dir.resolve("brick-and-steel.fdx");
        Slate slate = Slate.run("convert", fountain.toString(), fdx.toString());
        assertThat(slate.exitCode()).as(slate.err()).isZero();
        return fdx;
    }

    @Test
    void convertsFountainToFdxAndBackToTheSameScreenplay(@TempDir Path dir) throws IOException {
        Path fdx = fdx(dir);
        Path back = dir.resolve("back.fountain");

        Slate slate = Slate.run("convert", fdx.toString(), back.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(Files.readString(fdx)).startsWith("<?xml").contains("<FinalDraft DocumentType=\"Script\"");
        Screenplay original = FountainReader.create().read(Files.readString(dir.resolve("brick-and-steel.fountain")))
                .screenplay();
        Screenplay fromFdx;
        try (InputStream in = Files.newInputStream(fdx)) {
            fromFdx = FdxReader.create().read(in).screenplay();
        }
        assertThat(fromFdx.scenes()).hasSameSizeAs(original.scenes());
        assertThat(FountainReader.create().read(Files.readString(back)).screenplay().scenes().get(0).elements())
                .isEqualTo(original.scenes().get(0).elements());
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "brick-and-steel.fountain", "brick-and-steel.fdx", "back.fountain");
    }

    @Test
    void rendersChecksAndCountsAnFdxFile(@TempDir Path dir) throws IOException {
        Path fdx = fdx(dir);

        Slate render = Slate.run("render", fdx.toString());
        Slate check = Slate.run("check", fdx.toString());
        Slate stats = Slate.run("stats", "--format", "json", fdx.toString());

        assertThat(render.exitCode()).as(render.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("brick-and-steel.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("BRICK");
        }
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("1 script, 0 errors");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"scenes\":[");
    }

    @Test
    void theFormatCanBeGivenWithTo(@TempDir Path dir) throws IOException {
        Path fountain = CliTest.copyQuietly("brick-and-steel.fountain", dir);
        Path out = dir.resolve("for-final-draft.xml");

        Slate slate = Slate.run("convert", "--to", "fdx", "--paper", "a4", fountain.toString(), out.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(Files.readString(out)).contains("<PageSize Height=\"11.69\" Width=\"8.27\"/>");
    }

    @Test
    void anOutputWithoutAKnownExtensionNeedsTo(@TempDir Path dir) {
        Path fountain = CliTest.copyQuietly("brick-and-steel.fountain", dir);

        Slate slate = Slate.run("convert", fountain.toString(), dir.resolve("out.txt").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("out.txt: cannot tell the format", "--to fountain|fdx");
        assertThat(dir.resolve("out.txt")).doesNotExist();
    }

    @Test
    void convertNeverOverwritesItsInput(@TempDir Path dir) throws IOException {
        Path fountain = CliTest.copyQuietly("brick-and-steel.fountain", dir);
        String before = Files.readString(fountain);

        Slate slate = Slate.run("convert", "--to", "fdx", fountain.toString(), fountain.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("is the input script");
        assertThat(Files.readString(fountain)).isEqualTo(before);
    }

    @Test
    void aFountainScriptNamedFdxGetsAClearError(@TempDir Path dir) throws IOException {
        Path misnamed = dir.resolve("script.fdx");
        Files.copy(SharedFolder.resolve("corpus/fountain/brick-and-steel.fountain"), misnamed);

        Slate slate = Slate.run("check", misnamed.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("script.fdx:1:1: the file is not XML", ".fountain").doesNotContain("at dev.");
    }

    @Test
    void anFdxFileNamedFountainGetsAClearError(@TempDir Path dir) throws IOException {
        Path fdx = fdx(dir);
        Path misnamed = dir.resolve("script.fountain");
        Files.copy(fdx, misnamed);

        Slate slate = Slate.run("render", misnamed.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("script.fountain: is a Final Draft (FDX) file", "rename it to .fdx");
        assertThat(dir.resolve("script.pdf")).doesNotExist();
    }

    @Test
    void malformedFdxIsOneErrorWithLineAndColumnAndNoOutput(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.fdx");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<FinalDraft>\n<Content>\n<Paragraph>\n</Content>\n");
        Path out = dir.resolve("out.fountain");

        Slate slate = Slate.run("convert", broken.toString(), out.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).containsPattern("broken\\.fdx:5:\\d+: not well-formed XML: ").doesNotContain("at dev.");
        assertThat(out).doesNotExist();
    }
}
