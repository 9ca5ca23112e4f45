package dev.slate.examples;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.ReadResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import dev.slate.fdx.FdxReader;
import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LoveLightsMyWayBackHomeTest {

    private final Screenplay play = LoveLightsMyWayBackHome.screenplay();

    @Test
    void theFountainFileIsTheSameScreenplay() throws IOException {
        ReadResult read;
        try (InputStream in = LoveLightsMyWayBackHome.class.getResourceAsStream("/love-lights-my-way-back-home.fountain")) {
            read = FountainReader.create().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(read.problems()).isEmpty();
        assertThat(read.screenplay()).isEqualTo(play);
    }

    @Test
    void writesThePdfTheShotListAndTheCsv(@TempDir Path folder) throws IOException {
        Path[] files = LoveLightsMyWayBackHome.write(play, folder);

        try (PDDocument pdf = Loader.loadPDF(files[0].toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("LOVE LIGHTS MY WAY BACK HOME", "EXT. SCHOOL ROOFTOP - LATE AFTERNOON",
                    "I just wanted you to be safe.", "FADE OUT.");
        }
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(files[1]))) {
            String cells = docx.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(cells).contains("Insert: Jiayi's clenched fist, the blue phone case dangling", "2H");
        }
        assertThat(Files.readString(files[2])).contains("\"Final image: the hand on the forearm, Lin Xiao's eyes on "
                + "the horizon, the shoe in the dust\"");
    }

    @Test
    void writesTheScriptAsFdxThatReadsBackWithItsShotPlan(@TempDir Path folder) throws Exception {
        Path fdx = LoveLightsMyWayBackHome.write(play, folder)[3];

        ReadResult read;
        try (InputStream in = Files.newInputStream(fdx)) {
            read = FdxReader.create().read(in);
        }
        assertThat(read.problems()).isEmpty();
        Screenplay back = read.screenplay();
        assertThat(back.scenes()).hasSameSizeAs(play.scenes());
        for (int s = 0; s < play.scenes().size(); s++) {
            assertThat(back.scenes().get(s).elements()).isEqualTo(play.scenes().get(s).elements());
            assertThat(back.scenes().get(s).shots()).isEqualTo(play.scenes().get(s).shots());
        }
        assertThat(back.cast()).isEqualTo(play.cast());
        assertThat(back.titlePage()).isEqualTo(play.titlePage());
        assertThat(checkFdx(fdx)).endsWith(" 0 findings");
    }

    /** The shared check-fdx tool's report on a file; skipped where Python 3 is not installed. */
    private static String checkFdx(Path fdx) throws IOException, InterruptedException {
        Path tool = SharedFolder.tool("check-fdx");
        Process process;
        try {
            process = new ProcessBuilder("python3", tool.toString(), fdx.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 runs check-fdx: " + e.getMessage());
            throw e;
        }
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }

    @Test
    void validatesWithoutProblems() {
        assertThat(play.validate()).isEmpty();
    }

    @Test
    void hasTheRooftopAndTheAlleyWithTheirShots() {
        assertThat(play.scenes()).extracting(s -> s.heading().location())
                .containsExactly("SCHOOL ROOFTOP", "ALLEY BEHIND THE OLD BRICK SCHOOL");
        assertThat(play.scenes().get(0).shots()).extracting(s -> s.number())
                .containsExactly("1", "1A", "1B", "1C", "1D");
        assertThat(play.scenes().get(1).shots()).extracting(s -> s.number())
                .containsExactly("2", "2A", "2B", "2C", "2D", "2E", "2F", "2G", "2H");
        assertThat(play.characters()).containsExactly("JIAYI", "LIN XIAO", "CHEN WEI", "THIRD GIRL", "MRS. SHEN");
    }
}
