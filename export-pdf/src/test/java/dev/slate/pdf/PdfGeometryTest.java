package dev.slate.pdf;

import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.testing.Samples;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Where each element kind lands on the page, read back with PDFBox, against FORMAT.md's numbers. */
class PdfGeometryTest {

    private static final double PT = 72;
    /** From the top of a line slot to its baseline. */
    private static final double BASELINE = 9.6;

    @ParameterizedTest
    @EnumSource(Paper.class)
    void elementsStartAtTheirColumns(Paper paper) {
        List<List<PageText.Row>> pages = render(paper);
        List<PageText.Row> page = pages.get(1); // after the title page
        double rightEdge = (1.5 + paper.actionWidth() / 10.0) * PT;
        double shift = (8.5 - paper.width()) / 2 * PT;

        assertThat(PageText.find(page, "EXT. SCHOOL ROOFTOP").xOf("EXT.")).isCloseTo(1.5 * PT, within(0.5));
        assertThat(PageText.find(page, "Rain-stained").xOf("Rain")).isCloseTo(1.5 * PT, within(0.5));
        assertThat(PageText.find(page, "(quietly)").xOf("(")).isCloseTo(3.0 * PT, within(0.5));
        assertThat(PageText.find(page, "Mom?").xOf("Mom?")).isCloseTo(2.5 * PT, within(0.5));
        assertThat(PageText.find(page, "MRS. SHEN (V.O.)").xOf("MRS.")).isCloseTo(3.5 * PT, within(0.5));
        assertThat(PageText.find(page, "CUT TO:").endOf("CUT TO:")).isCloseTo(rightEdge, within(0.5));
        assertThat(PageText.find(page, "Maple leaves").xOf("Maple")).isCloseTo(2.5 * PT, within(0.5));
        PageText.Row centred = PageText.find(page, "THE END?");
        assertThat((centred.xOf("T") + centred.endOf("THE END?")) / 2).isCloseTo((1.5 * PT + rightEdge) / 2,
                within(0.5 + 3.6));
        PageText.Row heading = PageText.find(page, "INT. KITCHEN");
        assertThat(heading.xs().get(0)).isCloseTo((float) (1.0 * PT), within(0.5f));
        assertThat(heading.xOf("2", heading.text().lastIndexOf('2'))).isCloseTo(paper.rightSceneNumber() * PT,
                within(0.5));
        PageText.Row dualCues = PageText.find(page, "MRS. SHEN", "JIAYI");
        assertThat(dualCues.xOf("JIAYI")).isCloseTo(2.5 * PT, within(0.5));
        assertThat(dualCues.xOf("MRS. SHEN")).isCloseTo(5.5 * PT - shift, within(0.5));
        PageText.Row dualSpeech = PageText.find(page, "You never listen.");
        assertThat(dualSpeech.xOf("You never listen.")).isCloseTo(2.0 * PT, within(0.5));
        assertThat(PageText.find(page, "You never stay.").xOf("You never stay.")).isCloseTo(5.0 * PT - shift,
                within(0.5));
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void linesSitOnTheTwelvePointGridWithinTheLineLimit(Paper paper) {
        List<List<PageText.Row>> pages = render(paper);
        for (List<PageText.Row> page : pages.subList(1, pages.size())) {
            List<PageText.Row> body = page.stream().filter(r -> r.baseline() > PT).toList();
            assertThat(body.size()).isLessThanOrEqualTo(paper.linesPerPage());
            for (PageText.Row row : body) {
                double slot = (row.baseline() - BASELINE - PT) / 12;
                assertThat(slot).isCloseTo(Math.rint(slot), within(0.01));
                assertThat(Math.rint(slot)).isLessThan(paper.linesPerPage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void pageNumbersEndAtTheRightEdgeHalfAnInchFromTheTop(Paper paper) {
        List<List<PageText.Row>> pages = render(paper);
        double rightEdge = (1.5 + paper.actionWidth() / 10.0) * PT;
        assertThat(pages.get(1).get(0).baseline()).isGreaterThan(PT); // no number on the first script page
        for (int p = 2; p < pages.size(); p++) {
            PageText.Row number = pages.get(p).get(0);
            assertThat(number.text()).isEqualTo(p + ".");
            assertThat(number.baseline() - BASELINE).isCloseTo(0.5 * PT, within(0.5));
            assertThat(number.endOf(number.text())).isCloseTo(rightEdge, within(0.5));
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void dialogueAcrossAPageEndsWithMoreAndResumesWithContd(Paper paper) {
        List<List<PageText.Row>> pages = render(paper);
        boolean found = false;
        for (int p = 1; p + 1 < pages.size(); p++) {
            List<PageText.Row> page = pages.get(p);
            PageText.Row last = page.get(page.size() - 1);
            if (last.text().equals("(MORE)")) {
                found = true;
                assertThat(last.xOf("(MORE)")).isCloseTo(3.0 * PT, within(0.5));
                PageText.Row next = pages.get(p + 1).stream().filter(r -> r.baseline() > PT).findFirst().orElseThrow();
                assertThat(next.text()).isEqualTo("JIAYI (CONT'D)");
                assertThat(next.xOf("JIAYI")).isCloseTo(3.5 * PT, within(0.5));
            }
        }
        assertThat(found).as("the sample's monologue crosses a page").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void titlePageFollowsTheFormat(Paper paper) {
        dev.slate.core.Screenplay play = Samples.rooftop().toBuilder().copyright("(c) 2026 Lin Xiao").build();
        byte[] pdf = Rendered.bytes(Rendered.onPaper(paper), play, "title-" + paper);
        List<PageText.Row> title;
        try (PDDocument document = Rendered.load(pdf)) {
            title = PageText.rows(document).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double middle = paper.width() / 2 * PT;

        PageText.Row name = PageText.find(title, "LOVE LIGHTS MY WAY BACK HOME");
        assertThat(name.baseline() - BASELINE).isCloseTo(3.5 * PT, within(0.5));
        for (String centred : List.of("LOVE LIGHTS MY WAY BACK HOME", "Written by", "Lin Xiao")) {
            PageText.Row row = PageText.find(title, centred);
            assertThat((row.xOf(centred) + row.endOf(centred)) / 2).as(centred).isCloseTo(middle, within(0.5));
        }
        PageText.Row date = PageText.find(title, "2026-11-26");
        assertThat(date.endOf("2026-11-26")).isCloseTo(paper.rightEdge() * PT, within(0.5));
        PageText.Row copyright = PageText.find(title, "(c) 2026");
        assertThat(copyright.xOf("(c)")).isCloseTo(1.5 * PT, within(0.5));
    }

    private static List<List<PageText.Row>> render(Paper paper) {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder()
                .paginator(Paginator.builder().paper(paper).sceneNumbers(SceneNumberPosition.BOTH).build()).build();
        byte[] pdf = Rendered.bytes(renderer, Samples.rooftop(), "geometry-" + paper);
        try (PDDocument document = Rendered.load(pdf)) {
            return PageText.rows(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
