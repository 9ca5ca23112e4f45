package dev.slate.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slate render --lined}: the PDF with the shot plan drawn over it, written like any PDF. */
class LinedRenderTest {

    private static final String SCRIPT = """
            EXT. ROOF - DAY

            [[SHOT 1: WS | LIN | the roof]]

            [[SHOT 1A: CU | LIN | her face]]

            Rain on the concrete.

            [[END SHOT 1A]]

            LIN
            Nobody comes up here.

            [[END SHOT 1]]
            """;

    @Test
    void linedDrawsALinePerShotAndKeepsTheText(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Slate lined = Slate.run("render", script.toString(), "--lined", "--tramline-colours", "black",
                "--tramline-placement", "left-band", "--pdf", dir.resolve("lined.pdf").toString());
        assertThat(lined.exitCode()).as(lined.err()).isZero();
        Slate plain = Slate.run("render", script.toString(), "--pdf", dir.resolve("plain.pdf").toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        try (PDDocument l = Loader.loadPDF(dir.resolve("lined.pdf").toFile());
             PDDocument p = Loader.loadPDF(dir.resolve("plain.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(l)).isEqualTo(new PDFTextStripper().getText(p));
            assertThat(strokes(l)).isEqualTo(2);
            assertThat(strokes(p)).isZero();
        }
    }

    @Test
    void anUnknownPlacementIsAUsageErrorThatListsTheChoices(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Slate slate = Slate.run("render", script.toString(), "--lined", "--tramline-placement", "middle");
        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("unknown tramline placement 'middle'; accepted: over-text, left-band");
        assertThat(dir.resolve("roof.pdf")).doesNotExist();
    }

    @Test
    void byCameraIsOneOfTheColourChoices(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, SCRIPT.replace("[[SHOT 1: WS |", "[[SHOT 1: WS | cam A |"), StandardCharsets.UTF_8);
        Slate slate = Slate.run("render", script.toString(), "--lined", "--tramline-colours", "by-camera",
                "--pdf", dir.resolve("cameras.pdf").toString());
        assertThat(slate.exitCode()).as(slate.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("cameras.pdf").toFile())) {
            assertThat(strokes(pdf)).isEqualTo(2);
        }
        Slate wrong = Slate.run("render", script.toString(), "--lined", "--tramline-colours", "rainbow");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("unknown tramline colours 'rainbow'; accepted: by-shot-kind, black, by-camera");
    }

    /** The stroke operators of the first page: one per tramline. */
    private static long strokes(PDDocument pdf) throws IOException {
        return new PDFStreamParser(pdf.getPage(0)).parse().stream()
                .filter(t -> t instanceof Operator o && o.getName().equals("S")).count();
    }
}
