package dev.slate.pdf;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.ScreenplayGen;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Over generated scripts and shot plans: labels never sit on text, lines never meet, the format holds. */
class LinedScriptPropertiesTest {

    private static final List<PdfScreenplayRenderer> RENDERERS = List.of(
            PdfScreenplayRenderer.builder().lined(true).build(),
            PdfScreenplayRenderer.builder().lined(true)
                    .paginator(Paginator.builder().paper(Paper.A4).sceneNumbers(SceneNumberPosition.BOTH).build()).build(),
            PdfScreenplayRenderer.builder().lined(true)
                    .paginator(Paginator.builder().continuedMarkers(true).sceneNumbers(SceneNumberPosition.LEFT).build())
                    .tramlinePlacement(TramlinePlacement.LEFT_BAND).build());

    /** From a text row's baseline up to the top of its tallest letters, and down to its descenders. */
    private static final double ASCENT = 8.5;
    private static final double DESCENT = 2.4;

    @Test
    void labelsNeverCoverTextAndLinesNeverMeet() {
        qt().withExamples(25).forAll(ScreenplayGen.sized(6, 20)).checkAssert(play -> {
            for (PdfScreenplayRenderer renderer : RENDERERS) {
                try (PDDocument pdf = Rendered.load(Rendered.bytes(renderer, play, "lined-generated"))) {
                    readable(pdf);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Test
    void theExampleReadsCleanly() throws IOException {
        for (int r = 0; r < RENDERERS.size(); r++) {
            try (PDDocument pdf = Rendered.load(Rendered.bytes(RENDERERS.get(r), Example.screenplay(),
                    "lined-example-" + r))) {
                // 14 shots, shot 2 labelled again where it resumes on the next page
                assertThat(readable(pdf)).as("labels read, renderer %d", r).isGreaterThanOrEqualTo(15);
            }
        }
    }

    /** 18 slots of 24 pt fit Letter's text column (6.1 in); more shots narrow them to 9 pt, then take the margin band. */
    @ParameterizedTest
    @ValueSource(ints = {10, 40, 60, 90})
    void moreShotsThanSlotsNarrowThemAndThenUseTheSecondBand(int count) throws IOException {
        StringBuilder fountain = new StringBuilder("INT. HALL - DAY\n\n");
        for (int i = 0; i < count; i++) {
            fountain.append("[[SHOT ").append(i + 1).append(": CU | LIN]]\n\n");
        }
        fountain.append("LIN\nEveryone is watching.\n\n").append("She bows.\n\n".repeat(3)).append("[[END SHOT ")
                .append(String.join(", ", java.util.stream.IntStream.rangeClosed(1, count).mapToObj(Integer::toString)
                        .toList())).append("]]\n");
        Screenplay play = dev.slate.core.fountain.FountainReader.create().read(fountain.toString()).screenplay();
        try (PDDocument pdf = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().lined(true).build(), play,
                "lined-crowded"))) {
            readable(pdf);
            List<Drawn.Stroke> lines = Drawn.pages(pdf).get(0).strokes();
            assertThat(lines).hasSize(count);
            double textLeft = 1.5 * 72;
            double column = (dev.slate.core.layout.Paper.LETTER.rightEdge() - 1.5) * 72;
            long inMargin = lines.stream().filter(l -> l.x() < textLeft).count();
            double gap = lines.get(1).x() - lines.get(0).x();
            if (count * 24 <= column) {
                assertThat(gap).isCloseTo(24, org.assertj.core.data.Offset.offset(0.01));
                assertThat(inMargin).isZero();
            } else if (count * 9 <= column) {
                assertThat(gap).isCloseTo(column / count, org.assertj.core.data.Offset.offset(0.01));
                assertThat(inMargin).isZero();
            } else {
                assertThat(gap).isLessThanOrEqualTo(9.0);
                assertThat(inMargin).isPositive();
            }
        }
    }

    /**
     * However many shots a scene has (up to both bands full at the narrowest), its lines stand left
     * to right in plan order on every page, each inside the text column or the margin band.
     */
    @Test
    void linesStandLeftToRightInShotOrderOnEveryPage() {
        qt().withExamples(15).forAll(integers().between(1, 120), integers().between(0, 7)).checkAssert((count, shape) -> {
            Screenplay play = crowded(count, shape);
            for (PdfScreenplayRenderer renderer : RENDERERS) {
                Paper paper = renderer.paginator().paper();
                try (PDDocument pdf = Rendered.load(Rendered.bytes(renderer, play, "lined-order"))) {
                    int drawn = 0;
                    for (Drawn.Page page : Drawn.pages(pdf)) {
                        List<Drawn.Stroke> lines = page.strokes();
                        drawn += lines.size();
                        for (int i = 1; i < lines.size(); i++) {
                            assertThat(lines.get(i).x()).as("%d shots: line %d", count, i)
                                    .isGreaterThan(lines.get(i - 1).x());
                        }
                        lines.forEach(line -> assertThat(inBand(line.bounds(), paper)).as("%d shots: line at x %.1f",
                                count, line.x()).isTrue());
                    }
                    assertThat(drawn).isGreaterThanOrEqualTo(count);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** A scene with a speech over a page break and {@code count} shots over spans that {@code shape} varies. */
    private static Screenplay crowded(int count, int shape) {
        String speech = "The lamps are lit, the rice is cold, and still you walk the long way round. ".repeat(40);
        Screenplay play = dev.slate.core.fountain.FountainReader.create().read("INT. HALL - DAY\n\n"
                + "She bows.\n\n".repeat(4) + "LIN\n" + speech + "\n\n" + "She bows.\n\n".repeat(3)).screenplay();
        Scene scene = play.scenes().get(0);
        int elements = scene.elements().size();
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int first = i * (shape + 1) % elements;
            int last = first + (i * shape + i / 3) % (elements - first);
            shots.add(Shot.builder(String.valueOf(i + 1)).size("CU").coverage(new Coverage(first, last)).build());
        }
        return play.toBuilder().scenes(List.of(scene.toBuilder().shots(shots).build())).build();
    }

    /** Whether a line lies in the text column or the left margin band (to within its stroke). */
    private static boolean inBand(Rectangle2D line, Paper paper) {
        double slack = 0.5;
        boolean margin = line.getMinX() >= 0.25 * 72 - slack && line.getMaxX() <= 0.95 * 72 + slack;
        boolean text = line.getMinX() >= Paper.LEFT_MARGIN * 72 - slack && line.getMaxX() <= paper.rightEdge() * 72 + slack;
        return margin || text;
    }

    /** The format checker reads a lined script as it reads the plain one: the lines move no text. */
    @ParameterizedTest
    @ValueSource(strings = {"example", "big-fish.fountain", "brick-and-steel.fountain"})
    void theFormatCheckerFindsNothingOnALinedScript(String name) {
        Screenplay play = name.equals("example") ? Example.screenplay()
                : Plans.coverEveryScene(Corpus.read(Corpus.dir().resolve("fountain").resolve(name)));
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().lined(true).build();
        Rendered.bytes(renderer, play, "lined-" + name);
        Layout layout = renderer.paginator().paginate(play);
        List<String> findings = FormatCheck.findings(Path.of(Rendered.OUT.toString(), "lined-" + name + ".pdf"))
                .stream().filter(f -> !FormatCheck.isDualParenthetical(f, layout)).toList();
        assertThat(findings).isEmpty();
    }

    /** No label overlaps a glyph of the text; the lines of two shots that share rows keep apart. */
    private static int readable(PDDocument pdf) {
        int labels = 0;
        List<List<PageText.Row>> text = PageText.rows(pdf);
        List<Drawn.Page> drawn = Drawn.pages(pdf);
        for (int p = 0; p < drawn.size(); p++) {
            float height = pdf.getPage(p).getMediaBox().getHeight();
            List<Rectangle2D> glyphs = new ArrayList<>();
            for (PageText.Row row : text.get(p)) {
                for (int i = 0; i < row.text().length(); i++) {
                    if (!Character.isWhitespace(row.text().charAt(i))) {
                        double x = row.xs().get(i);
                        glyphs.add(new Rectangle2D.Double(x, height - row.baseline() - DESCENT,
                                row.ends().get(i) - x, ASCENT + DESCENT));
                    }
                }
            }
            int page = p + 1;
            for (Rectangle2D label : drawn.get(p).fills()) {
                assertThat(glyphs).as("page %d: label at %s", page, label)
                        .noneMatch(g -> g.intersects(label));
                labels++;
            }
            List<Drawn.Stroke> lines = drawn.get(p).strokes();
            for (int a = 0; a < lines.size(); a++) {
                for (int b = a + 1; b < lines.size(); b++) {
                    Rectangle2D one = lines.get(a).bounds();
                    Rectangle2D two = lines.get(b).bounds();
                    assertThat(one.intersects(two)).as("page %d: lines at x %.1f and %.1f", page,
                            lines.get(a).x(), lines.get(b).x()).isFalse();
                }
            }
        }
        return labels;
    }
}
