package dev.slate.pdf;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facing pages: before each lined page, the table of its shots for the supervisor to fill in. */
class FacingPagesTest {

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf);
    }

    @Test
    void eachLinedPageHasItsShotsOnThePageBefore() throws IOException {
        Screenplay play = FountainReader.create().read(LinedScriptTest.ALLEY).screenplay();
        try (PDDocument pdf = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().facingPages(true).build(),
                play, "facing-alley"));
             PDDocument plain = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(), play,
                     "plain-alley"))) {
            assertThat(pdf.getNumberOfPages()).as("a blank page, the facing page, the lined page").isEqualTo(3);
            assertThat(text(pdf, 0)).isBlank();
            List<String> facing = text(pdf, 1).lines().toList();
            assertThat(facing.get(0)).isEqualTo("Shots on page 1");
            assertThat(facing.get(1)).isEqualTo("Shot Setup Cam Size Angle Move Lens Subjects Description Min. Takes "
                    + "Circled Timecode Notes");
            assertThat(facing).anySatisfy(l -> assertThat(l).startsWith("2 WS"))
                    .anySatisfy(l -> assertThat(l).startsWith("2A CU LIN XIAO her face"))
                    .anySatisfy(l -> assertThat(l).startsWith("2B insert the shoe"));
            assertThat(text(pdf, 2)).isEqualTo(text(plain, 0));
            assertThat(Drawn.pages(pdf).get(2).strokes()).hasSize(3);
        }
    }

    /**
     * Printed double-sided, each facing page is a left-hand (even) page and its lined page the
     * right-hand page after it, with a title page or without, and when a page's shots take two
     * facing pages (the first on the back of the sheet before).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "Title: The Alley\nAuthor: Lin\n\n"})
    void eachFacingPageFallsOnTheLeftOppositeItsLinedPage(String titlePage) throws IOException {
        StringBuilder fountain = new StringBuilder(titlePage);
        for (int scene = 1; scene <= 4; scene++) {
            fountain.append("INT. HOUSE ").append(scene).append(" - NIGHT\n\n")
                    .append("The lamps are lit and the rice is cold.\n\n".repeat(scene * 12));
        }
        Screenplay read = FountainReader.create().read(fountain.toString()).screenplay();
        List<Scene> scenes = new ArrayList<>();
        for (Scene scene : read.scenes()) {
            int number = scenes.size() + 1;
            int count = number == 2 ? 30 : 3; // scene 2's first page takes two facing pages
            List<Shot> shots = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                shots.add(Shot.builder(number + "" + (char) ('A' + i % 20) + i).size("CU")
                        .coverage(new Coverage(0, scene.elements().size() - 1)).build());
            }
            scenes.add(scene.toBuilder().shots(shots).build());
        }
        Screenplay play = read.toBuilder().scenes(scenes).build();
        try (PDDocument pdf = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().facingPages(true).build(),
                play, "facing-sides"))) {
            List<Drawn.Page> drawn = Drawn.pages(pdf);
            int lined = 0;
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                boolean facing = text(pdf, page).startsWith("Shots on page");
                boolean nextIsFacing = page + 1 < pdf.getNumberOfPages() && text(pdf, page + 1).startsWith("Shots on page");
                int number = page + 1;
                if (facing && !nextIsFacing) {
                    assertThat(number % 2).as("facing page %d is a left-hand page", number).isZero();
                    assertThat(drawn.get(page + 1).strokes()).as("the lined page after it").isNotEmpty();
                    assertThat(number + 1).as("its lined page is a right-hand page").isOdd();
                    lined++;
                }
            }
            assertThat(lined).as("lined pages").isGreaterThan(3);
        }
    }

    @Test
    void theTableHasTheCameraColumnAndFitsAnA4Page() throws IOException {
        String fountain = LinedScriptTest.ALLEY.replace("[[SHOT 2: WS, master |", "[[SHOT 2: WS, master | cam A |")
                .replace("[[SHOT 2A: CU |", "[[SHOT 2A: CU | cam B |");
        Screenplay play = FountainReader.create().read(fountain).screenplay();
        PdfScreenplayRenderer a4 = PdfScreenplayRenderer.builder().facingPages(true)
                .paginator(Paginator.builder().paper(Paper.A4).build()).build();
        try (PDDocument pdf = Rendered.load(Rendered.bytes(a4, play, "facing-cameras"))) {
            int facingPage = pdf.getNumberOfPages() - 2;
            List<String> facing = text(pdf, facingPage).lines().toList();
            assertThat(facing).anySatisfy(l -> assertThat(l).startsWith("2 A WS"))
                    .anySatisfy(l -> assertThat(l).startsWith("2A B CU LIN XIAO her face"))
                    .anySatisfy(l -> assertThat(l).startsWith("2B insert the shoe"));
            float width = pdf.getPage(facingPage).getMediaBox().getWidth();
            List<Float> rightEdges = new ArrayList<>();
            PDFTextStripper edges = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> rightEdges.add(p.getXDirAdj() + p.getWidthDirAdj()));
                }
            };
            edges.setStartPage(facingPage + 1);
            edges.setEndPage(facingPage + 1);
            edges.getText(pdf);
            assertThat(rightEdges).isNotEmpty().allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(width - 36));
        }
    }

    @Test
    void aPageWithMoreShotsThanOneTableHoldsGetsMoreFacingPages() throws IOException {
        Screenplay play = FountainReader.create().read(LinedScriptTest.ALLEY).screenplay();
        Scene scene = play.scenes().get(0);
        List<Shot> shots = new ArrayList<>(scene.shots());
        for (int i = 0; i < 30; i++) {
            shots.add(Shot.builder("9" + (char) ('A' + i % 26) + i).size("CU").coverage(Coverage.of(0)).build());
        }
        play = play.toBuilder().scenes(List.of(scene.toBuilder().shots(shots).build())).build();
        try (PDDocument pdf = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().facingPages(true).build(),
                play, "facing-many"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(text(pdf, 0)).startsWith("Shots on page 1").contains("2A CU");
            assertThat(text(pdf, 1)).startsWith("Shots on page 1").contains("9D29");
            assertThat(text(pdf, 2)).contains("Leaves crunch underfoot");
        }
    }
}
