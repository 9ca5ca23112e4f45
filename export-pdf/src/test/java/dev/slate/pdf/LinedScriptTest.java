package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The lined script read back from the PDF: where each tramline starts, ends, zig-zags and goes on. */
class LinedScriptTest {

    /** From a covered line's baseline up to its tramline's top, and down to its foot. */
    private static final double ABOVE = 8;
    private static final double BELOW = 2.4;

    /**
     * The master covers the whole scene; the close-up of Lin Xiao covers her line and her mother's,
     * so it is wavy over Mrs. Shen's; the insert covers the last action alone.
     */
    static final String ALLEY = """
            EXT. ALLEY - DAY

            [[SHOT 2: WS, master | LIN XIAO, MRS. SHEN | the alley]]

            Leaves crunch underfoot in the alley.

            [[SHOT 2A: CU | LIN XIAO | her face]]

            LIN XIAO
            I said I'm coming. I know what time it is.

            MRS. SHEN
            Lin Xiao. Come home before the lamps are lit.

            [[END SHOT 2A]]

            LIN XIAO
            Fine.

            [[SHOT 2B: insert | the shoe]]

            The shoe lies in the dust.

            [[END SHOT 2, 2B]]
            """;

    /** Renderers for the papers and options a lined script is tested on. */
    static Stream<UnaryOperator<PdfScreenplayRenderer.Builder>> options() {
        return Stream.of(b -> b, b -> b.paginator(Paginator.builder().paper(Paper.A4).build()),
                b -> b.paginator(Paginator.builder().sceneNumbers(SceneNumberPosition.BOTH).continuedMarkers(true).build()));
    }

    private static Screenplay read(String fountain) {
        return FountainReader.create().read(fountain).screenplay();
    }

    private static PDDocument render(Screenplay play, UnaryOperator<PdfScreenplayRenderer.Builder> options,
                                     String name) {
        return Rendered.load(Rendered.bytes(options.apply(PdfScreenplayRenderer.builder().lined(true)).build(),
                play, name));
    }

    @ParameterizedTest
    @MethodSource("options")
    void eachLineRunsFromTheFirstCoveredLineToTheLast(UnaryOperator<PdfScreenplayRenderer.Builder> options)
            throws IOException {
        try (PDDocument pdf = render(read(ALLEY), options, "lined-alley")) {
            float height = pdf.getPage(0).getMediaBox().getHeight();
            List<PageText.Row> text = PageText.rows(pdf).get(0);
            List<Drawn.Stroke> lines = Drawn.pages(pdf).get(0).strokes();
            assertThat(lines).hasSize(3);
            Drawn.Stroke master = lines.get(0);
            Drawn.Stroke closeUp = lines.get(1);
            Drawn.Stroke insert = lines.get(2);
            assertThat(master.x()).isLessThan(closeUp.x());
            assertThat(closeUp.x()).isLessThan(insert.x());

            assertThat(master.top()).isCloseTo(top(height, text, "Leaves crunch"), within(1.0));
            assertThat(master.bottom()).isCloseTo(foot(height, text, "The shoe lies"), within(1.0));
            assertThat(closeUp.top()).isCloseTo(top(height, text, "LIN XIAO"), within(1.0));
            assertThat(closeUp.bottom()).isCloseTo(foot(height, text, "are lit."), within(1.0));
            assertThat(insert.top()).isCloseTo(top(height, text, "The shoe lies"), within(1.0));
            assertThat(insert.bottom()).isCloseTo(foot(height, text, "The shoe lies"), within(1.0));
            // colours by kind: red master, blue single, green insert
            assertThat(master.rgb()).isEqualTo(0xCC0000);
            assertThat(closeUp.rgb()).isEqualTo(0x0000CC);
            assertThat(insert.rgb()).isEqualTo(0x008000);
            // each ends with a short bar across its foot
            for (Drawn.Stroke line : lines) {
                List<Point2D.Float> bar = line.parts().get(1);
                assertThat(bar).hasSize(2);
                assertThat((double) bar.get(0).y).isEqualTo(line.bottom());
                assertThat((double) bar.get(1).y).isEqualTo(line.bottom());
                assertThat((double) bar.get(0).x).isLessThan(line.x());
                assertThat((double) bar.get(1).x).isGreaterThan(line.x());
            }
        }
    }

    @Test
    void theCloseUpIsWavyExactlyOverTheLinesOfTheSpeakerItDoesNotFrame() throws IOException {
        try (PDDocument pdf = render(read(ALLEY), b -> b, "lined-alley")) {
            float height = pdf.getPage(0).getMediaBox().getHeight();
            List<PageText.Row> text = PageText.rows(pdf).get(0);
            List<Drawn.Stroke> lines = Drawn.pages(pdf).get(0).strokes();
            Drawn.Stroke closeUp = lines.get(1);
            List<Point2D.Float> off = closeUp.main().stream().filter(p -> Math.abs(p.x - closeUp.x()) > 0.5).toList();
            assertThat(off).isNotEmpty();
            double from = top(height, text, "MRS. SHEN");
            double to = foot(height, text, "are lit.");
            assertThat(off).allSatisfy(p -> assertThat((double) p.y).isBetween(to, from));
            // it swings over every one of her lines, and her cue and speech fill the stretch
            assertThat(off.stream().mapToDouble(p -> p.y).max().orElseThrow()).isGreaterThan(from - 12);
            assertThat(off.stream().mapToDouble(p -> p.y).min().orElseThrow()).isLessThan(to + 12);
            // the master frames both speakers: straight throughout
            assertThat(lines.get(0).main()).allSatisfy(p -> assertThat((double) p.x).isEqualTo(lines.get(0).x()));
        }
    }

    @ParameterizedTest
    @MethodSource("options")
    void aShotOverASpeechSplitByMoreRunsToTheFootWithAnArrowAndResumesUnderTheTopMargin(
            UnaryOperator<PdfScreenplayRenderer.Builder> options) throws IOException {
        String speech = "The lamps are lit, the rice is cold, and still you walk the long way round. ".repeat(60);
        String fountain = "INT. KITCHEN - NIGHT\n\n" + "The kettle ticks as it cools.\n\n".repeat(20)
                + "[[SHOT 3: MCU | MRS. SHEN | her speech]]\n\nMRS. SHEN\n" + speech + "\n\n[[END SHOT 3]]\n\n"
                + "She sits.\n";
        try (PDDocument pdf = render(read(fountain), options, "lined-more")) {
            float height = pdf.getPage(0).getMediaBox().getHeight();
            List<List<PageText.Row>> text = PageText.rows(pdf);
            List<Drawn.Page> drawn = Drawn.pages(pdf);
            assertThat(text.get(0).stream().anyMatch(r -> r.text().contains("(MORE)"))).isTrue();
            int lines = options.apply(PdfScreenplayRenderer.builder()).build().paginator().linesPerPage();
            double textFoot = height - 72 - lines * 12;

            Drawn.Stroke first = drawn.get(0).strokes().get(0);
            assertThat(first.top()).isCloseTo(top(height, text.get(0), "MRS. SHEN"), within(1.0));
            assertThat(first.bottom()).isCloseTo(textFoot - 5, within(1.0));
            List<Point2D.Float> arrow = first.parts().get(1);
            assertThat(arrow).hasSize(3);
            assertThat(arrow.get(1).y).as("the arrow points down").isLessThan(arrow.get(0).y)
                    .isLessThan(arrow.get(2).y);

            Drawn.Stroke next = drawn.get(1).strokes().get(0);
            assertThat(next.x()).isEqualTo(first.x());
            assertThat(next.top()).isCloseTo(height - 72, within(1.0));
            List<Point2D.Float> cap = next.parts().get(next.parts().size() - 1);
            assertThat(cap).hasSize(3);
            assertThat((double) cap.get(1).y).as("an open cap").isCloseTo(next.top(), within(0.01));
            assertThat((double) cap.get(0).y).isGreaterThan(next.top());
            // a page in the middle: from under the top margin to the foot, open cap and arrow
            Drawn.Stroke middle = drawn.get(1).strokes().get(0);
            assertThat(middle.top()).isCloseTo(height - 72, within(1.0));
            assertThat(middle.bottom()).isCloseTo(textFoot - 5, within(1.0));
            assertThat(middle.parts()).hasSize(3);
            int last = text.size() - 1;
            while (text.get(last).stream().noneMatch(r -> r.text().contains("long way round"))) {
                last--;
            }
            assertThat(last).as("the speech runs over more than one page break").isGreaterThan(1);
            Drawn.Stroke end = drawn.get(last).strokes().get(0);
            PageText.Row lastRow = text.get(last).stream().filter(r -> r.text().contains("long way round"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(end.bottom()).isCloseTo(height - lastRow.baseline() - BELOW, within(1.0));
            assertThat(end.parts().get(1)).as("the end bar").hasSize(2);
            for (int p = last + 1; p < drawn.size(); p++) {
                assertThat(drawn.get(p).strokes()).as("page %d", p + 1).isEmpty();
            }
        }
    }

    @Test
    void theTextOfALinedPageIsTheTextOfThePlainPage() throws IOException {
        Screenplay play = Example.screenplay();
        try (PDDocument lined = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().lined(true).build(),
                play, "lined-example"));
             PDDocument plain = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(), play,
                     "plain-example"))) {
            assertThat(lined.getNumberOfPages()).isEqualTo(plain.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(lined)).isEqualTo(new PDFTextStripper().getText(plain));
            assertThat(Drawn.pages(lined).get(1).strokes()).hasSizeGreaterThan(5);
            assertThat(Drawn.pages(plain).get(1).strokes()).isEmpty();
        }
    }

    @Test
    void blackLinesAndTheLeftBandOnRequest() throws IOException {
        try (PDDocument pdf = render(read(ALLEY), b -> b.tramlineColours(TramlineColours.BLACK)
                .tramlinePlacement(TramlinePlacement.LEFT_BAND), "lined-alley-band")) {
            List<Drawn.Stroke> lines = Drawn.pages(pdf).get(0).strokes();
            assertThat(lines).hasSize(3).allSatisfy(line -> {
                assertThat(line.rgb()).isZero();
                assertThat(line.bounds().getMaxX()).as("left of the scene numbers' column")
                        .isLessThanOrEqualTo(0.95 * 72);
            });
        }
    }

    @Test
    void byCameraEachLineTakesItsCamerasColourAndAShotWithoutACameraIsBlack() throws IOException {
        String fountain = """
                INT. KITCHEN - NIGHT

                [[SHOT 4: WS, master | cam A | LIN XIAO, MRS. SHEN | the kitchen]]

                [[SHOT 4A: CU | cam B | LIN XIAO | her face]]

                [[SHOT 4B: CU | cam C | MRS. SHEN | her hands]]

                [[SHOT 4C: insert | cam D | the kettle]]

                [[SHOT 4D: CU | LIN XIAO | no camera yet]]

                The kettle ticks as it cools.

                [[END SHOT 4, 4A, 4B, 4C, 4D]]
                """;
        Screenplay play = read(fountain);
        assertThat(play.scenes().get(0).shots()).extracting(s -> s.camera().orElse("-"))
                .containsExactly("A", "B", "C", "D", "-");
        try (PDDocument pdf = render(play, b -> b.tramlineColours(TramlineColours.BY_CAMERA), "lined-cameras")) {
            List<Drawn.Stroke> lines = Drawn.pages(pdf).get(0).strokes();
            assertThat(lines).extracting(Drawn.Stroke::rgb)
                    .containsExactly(0xCC0000, 0x0000CC, 0x008000, 0x800080, 0x000000);
        }
    }

    @Test
    void theSameScriptGivesTheSameBytes() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().lined(true).build();
        Screenplay play = Example.screenplay();
        assertThat(Rendered.bytes(renderer, play, "lined-a")).isEqualTo(Rendered.bytes(renderer, play, "lined-b"));
        assertThat(Rendered.bytes(renderer, play, "lined-a"))
                .isNotEqualTo(Rendered.bytes(PdfScreenplayRenderer.builder().build(), play, "plain-a"));
    }

    /** Where a line covering the row with {@code words} starts: above its baseline, at its capitals' top. */
    static double top(float height, List<PageText.Row> page, String words) {
        return height - PageText.find(page, words).baseline() + ABOVE;
    }

    /** Where a line covering the row with {@code words} ends: at the foot of its slot. */
    static double foot(float height, List<PageText.Row> page, String words) {
        return height - PageText.find(page, words).baseline() - BELOW;
    }
}
