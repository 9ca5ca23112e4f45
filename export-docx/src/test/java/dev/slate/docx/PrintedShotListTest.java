package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shot lists as LibreOffice prints them. Each conversion takes seconds: keep these few. */
class PrintedShotListTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeInstalled();
    }

    /** Text of each page, whitespace folded to single spaces. */
    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
        }
        return pages;
    }

    @Test
    void exampleListPrintsOnOneLandscapePageWithEveryShotAndNothingCut() throws Exception {
        Screenplay play = Samples.loveLights();
        byte[] docx = DocxShotListRenderer.builder().date(LocalDate.of(2026, 11, 26)).director("Mei Tan").build()
                .render(play);
        Path pdfFile = LibreOffice.toPdf(dir, "love-lights", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            String text = pages(pdf).get(0);
            for (Scene scene : play.scenes()) {
                for (Shot shot : scene.shots()) {
                    assertThat(text).contains(shot.description());
                }
            }
            assertThat(text).contains("Love Lights My Way Back Home", "Director: Mei Tan", "Page 1 of 1",
                    "Total: 8 shots", "林晓");
            // the longest words of the vocabulary fit their narrow columns without breaking
            assertThat(text).contains(" establishing ", " counterclockwise ", " 24-70mm ", " 100mm ", " worm's eye ", " EWS ");
        }
        List<String> check = LibreOffice.check(dir.resolve("love-lights.docx"), "Her bare foot", "Total: 8 shots");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }

    @Test
    void longListRepeatsTheHeaderAndCountsPagesOnEveryPage() throws Exception {
        Screenplay.Builder play = Screenplay.builder().title("Long Day");
        List<String> descriptions = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            Scene.Builder scene = Scene.builder("INT. CLASSROOM " + s + " - DAY").number(Integer.toString(s));
            for (int n = 1; n <= 5; n++) {
                String description = n == 3
                        ? ("Scene " + s + " long take: " + "the camera drifts along the desks while chalk dust hangs in the light. ".repeat(14)).strip()
                        : "Scene " + s + " shot " + n + " covers the teacher at the board.";
                descriptions.add(description);
                scene.shot(s + "-" + n, b -> b.size("MS").lens(35).description(description).shootingMinutes(5));
            }
            play.scene(scene.build());
        }
        byte[] docx = DocxShotListRenderer.builder().paper(dev.slate.core.layout.Paper.A4).build().render(play.build());
        Path pdfFile = LibreOffice.toPdf(dir, "long", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int count = pdf.getNumberOfPages();
            assertThat(count).isGreaterThan(2);
            List<String> pages = pages(pdf);
            for (int p = 0; p < count; p++) {
                PDPage page = pdf.getPage(p);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(pages.get(p)).as("page %d", p + 1)
                        .contains("Shot Size Framing Angle Movement Lens Subjects Description Setup Min. Audio Notes")
                        .contains("Page " + (p + 1) + " of " + count);
            }
            String all = String.join(" ", pages);
            for (String description : descriptions) {
                assertThat(all).contains(description);
            }
        }
    }

    @Test
    void aSceneThatRunsOverAPageNamesItselfAgainOnTheNextPage() throws Exception {
        Scene.Builder alley = Scene.builder("EXT. ALLEY BEHIND THE NOODLE SHOP - NIGHT").number("2");
        for (int n = 1; n <= 40; n++) {
            String beat = String.format("Alley beat %02d: the courier waits by the back door.", n);
            alley.shot("2-" + n, b -> b.size("MS").lens(50).description(beat).shootingMinutes(5));
        }
        Screenplay play = Screenplay.builder().title("Night Run")
                .scene(Scene.builder("INT. NOODLE SHOP - NIGHT").number("1")
                        .shot("1-1", b -> b.size("WS").description("Kitchen steam fills the frame.")).build())
                .scene(alley.build())
                .scene(Scene.builder("INT. STAIRWELL - NIGHT").number("3").build())
                .build();
        byte[] docx = DocxShotListRenderer.builder().build().render(play);
        Path pdfFile = LibreOffice.toPdf(dir, "alley", docx);
        String heading = "Scene 2 EXT. ALLEY BEHIND THE NOODLE SHOP - NIGHT";
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = pages(pdf);
            List<Integer> alleyPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains("Alley beat ")) {
                    alleyPages.add(p);
                    assertThat(pages.get(p)).as("page %d", p + 1).contains(heading)
                            .contains("Shot Size Framing Angle Movement Lens Subjects Description");
                }
                if (pages.get(p).contains("Scene 3 INT. STAIRWELL")) {
                    assertThat(pages.get(p)).as("page %d: heading with its row", p + 1).contains("No shots planned");
                }
            }
            assertThat(alleyPages).as("the alley scene runs over a page").hasSizeGreaterThan(1);
            assertThat(pages.stream().filter(t -> t.contains(heading)).count()).isEqualTo(alleyPages.size());
            String all = String.join(" ", pages);
            for (int n = 1; n <= 40; n++) {
                assertThat(all).contains(String.format("Alley beat %02d:", n));
            }
            assertThat(all).contains("Scene 2: 40 shots", "Total: 41 shots");
        }
        List<String> check = LibreOffice.check(dir.resolve("alley.docx"), "Alley beat 40", "Total: 41 shots");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }
}
