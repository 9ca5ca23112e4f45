package dev.slate.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code --font} and {@code --fallback-font}: families by file, by four files, by name; clear refusals. */
class CliFontTest {

    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf");
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final String EMPHASIS = "INT. ROOM - DAY\n\nThe kettle **screams**. Nobody *moves*.\n";

    @Test
    void theDefaultIsCourierPrimeEmbeddedAndStandardCourierKeepsTheUnembeddedFont(@TempDir Path dir)
            throws IOException {
        Path script = write(dir, EMPHASIS);
        assertThat(Slate.run("render", script.toString(), "--pdf", dir.resolve("prime.pdf").toString()).exitCode())
                .isZero();
        assertThat(Slate.run("render", script.toString(), "--pdf", dir.resolve("std.pdf").toString(), "--font",
                "standard-courier").exitCode()).isZero();

        assertThat(fonts(dir.resolve("prime.pdf"))).containsExactly("CourierPrime", "CourierPrime-Bold",
                "CourierPrime-Italic");
        assertThat(fonts(dir.resolve("std.pdf"))).containsExactly("Courier", "Courier-Bold", "Courier-Oblique");
    }

    @Test
    void oneFileBringsItsSiblingFacesAndAnInstalledFamilyIsFoundByName(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(LIBERATION), "fonts-liberation is installed");
        Path script = write(dir, EMPHASIS);
        Slate byFile = Slate.run("render", script.toString(), "--pdf", dir.resolve("file.pdf").toString(), "--font",
                LIBERATION.toString());
        Slate byName = Slate.run("render", script.toString(), "--pdf", dir.resolve("name.pdf").toString(), "--font",
                "Liberation Mono");

        assertThat(byFile.err()).isEmpty();
        assertThat(byName.err()).isEmpty();
        assertThat(fonts(dir.resolve("file.pdf"))).containsExactly("LiberationMono", "LiberationMono-Bold",
                "LiberationMono-Italic");
        assertThat(fonts(dir.resolve("name.pdf"))).isEqualTo(fonts(dir.resolve("file.pdf")));
    }

    @Test
    void aLoneFaceIsCopiedAndItsMissingStylesAreDrawnSyntheticallyWithOneWarningEach(@TempDir Path dir)
            throws IOException {
        assumeTrue(Files.exists(LIBERATION), "fonts-liberation is installed");
        Path alone = Files.copy(LIBERATION, dir.resolve("Mono.ttf"));
        Path first = write(dir, EMPHASIS);
        Path second = Files.writeString(dir.resolve("second.fountain"), EMPHASIS);

        Slate slate = Slate.run("render", first.toString(), second.toString(), "--pdf", "--font", alone.toString());

        assertThat(slate.exitCode()).isZero();
        assertThat(slate.err().lines()).containsExactly(
                "slate: warning: the font " + alone + " has no bold face; drawing a synthetic bold (give the "
                        + "family's bold file to use its own)",
                "slate: warning: the font " + alone + " has no italic face; drawing a synthetic italic (give the "
                        + "family's italic file to use its own)");
    }

    @Test
    void fourFilesNameTheFacesInOrder(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(LIBERATION), "fonts-liberation is installed");
        Path fonts = LIBERATION.getParent();
        Path script = write(dir, EMPHASIS);
        Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve("four.pdf").toString(), "--font",
                LIBERATION + "," + fonts.resolve("LiberationMono-Bold.ttf") + ",,"
                        + fonts.resolve("LiberationMono-BoldItalic.ttf"));

        assertThat(slate.exitCode()).isZero();
        assertThat(slate.err()).contains("has no italic face").doesNotContain("no bold face");
        assertThat(fonts(dir.resolve("four.pdf"))).containsExactly("LiberationMono", "LiberationMono-Bold");
    }

    @Test
    void aCollectionServesAsFallbackFont(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(WQY), "fonts-wqy-microhei is installed");
        Path script = write(dir, "INT. KITCHEN - NIGHT\n\n林晓 comes home.\n");
        Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve("zh.pdf").toString(),
                "--fallback-font", WQY.toString());

        assertThat(slate.exitCode()).isZero();
        assertThat(fonts(dir.resolve("zh.pdf"))).anyMatch(n -> n.startsWith("WenQuanYi"));
    }

    @Test
    void somethingThatIsNotAFontFileIsToldApartFromAMissingFile(@TempDir Path dir) throws IOException {
        Path script = write(dir, EMPHASIS);
        Path text = Files.writeString(dir.resolve("notes.ttf"), "not a font");

        Slate device = Slate.run("render", script.toString(), "--font=/dev/zero");
        Slate notAFont = Slate.run("render", script.toString(), "--fallback-font", text.toString());
        Slate missing = Slate.run("render", script.toString(), "--font", dir.resolve("gone.ttf").toString());
        Slate noFamily = Slate.run("render", script.toString(), "--font", "No Such Family");

        assertThat(device.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(device.err()).isEqualTo("slate: --font /dev/zero: not a regular file; give the path of a .ttf, "
                + ".otf or .ttc file" + System.lineSeparator());
        assertThat(notAFont.err()).startsWith("slate: --fallback-font " + text + " is not a font file");
        assertThat(missing.err()).contains("gone.ttf: no such font file");
        assertThat(noFamily.err()).contains("No Such Family: no such font file, and no installed font family");
        assertThat(dir.resolve("script.pdf")).doesNotExist();
    }

    @Test
    void aWatermarkCharacterNoFontCanDrawNamesTheOption(@TempDir Path dir) throws IOException {
        Path script = write(dir, EMPHASIS);

        Slate slate = Slate.run("render", script.toString(), "--watermark", "Copy \uDBFF\uDFFD");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).startsWith("slate: --watermark: no font can draw '\uDBFF\uDFFD' (U+10FFFD); install a "
                + "font that covers it (on Debian fonts-noto-core").doesNotContain(script.toString());
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("script.fountain"), text, StandardCharsets.UTF_8);
    }

    private static Set<String> fonts(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return names;
    }
}
