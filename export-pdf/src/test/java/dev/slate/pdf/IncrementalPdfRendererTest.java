package dev.slate.pdf;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

/**
 * An incremental renderer writes the pages unchanged since its last render without drawing them
 * again, and every render is byte for byte what a fresh render of the same options gives.
 */
class IncrementalPdfRendererTest {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final String bigFish = read("big-fish.fountain");

    @Test
    void aSeriesOfEditsGivesTheBytesOfFreshRendersAndDrawsOnlyThePagesThatChanged() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().build();
        IncrementalPdfRenderer incremental = renderer.incremental();
        int pages = same(renderer, incremental, bigFish).pageCount();
        assertThat(incremental.pagesDrawn()).isEqualTo(pages);

        String appended = bigFish + "\n\nINT. ROOM - DAY\n\nHe waits.\n";
        same(renderer, incremental, appended);
        assertThat(incremental.pagesDrawn()).as("a scene added at the end").isLessThanOrEqualTo(2);

        int middle = appended.indexOf("EXT. ON STAGE");
        String oneWordMore = appended.substring(0, middle) + "EXT. ON STAGE - LATER" + appended.substring(middle + 13);
        same(renderer, incremental, oneWordMore);
        assertThat(incremental.pagesDrawn()).as("a heading changed in the middle, its line no longer").isEqualTo(1);

        String longer = oneWordMore.substring(0, middle) + "INT. HALL - DAY\n\nA new scene pushes the rest down.\n\n"
                + oneWordMore.substring(middle);
        same(renderer, incremental, longer);
        assertThat(incremental.pagesDrawn()).as("a scene inserted: the pages after it reflow")
                .isGreaterThan(1).isLessThan(pages);

        same(renderer, incremental, bigFish.replace("Title: Big Fish", "Title: Bigger Fish"));
        same(renderer, incremental, bigFish);
    }

    @Test
    void keptPagesStillBringTheirFontsAndGlyphs() {
        assumeTrue(Files.exists(WQY), "fonts-wqy-microhei is installed");
        // the Chinese is on the second page only; later edits leave that page as it was
        int second = bigFish.indexOf("INT.  BLOOM FRONT HALL");
        String withChinese = bigFish.substring(0, second) + "EXT. 花园 - DAY\n\n_Bold_ and *italic* 你好.\n\n"
                + bigFish.substring(second);
        for (PdfScreenplayRenderer renderer : List.of(
                PdfScreenplayRenderer.builder().fallbackFont(FontSource.file(WQY)).warnings(w -> { }).build(),
                PdfScreenplayRenderer.builder().standardCourier().warnings(w -> { }).watermark("Copy 7")
                        .header("BLUE").footer("Draft").build(),
                PdfScreenplayRenderer.builder().paginator(Paginator.builder()
                        .sceneNumbers(SceneNumberPosition.BOTH).build()).warnings(w -> { }).build())) {
            IncrementalPdfRenderer incremental = renderer.incremental();
            same(renderer, incremental, withChinese);
            same(renderer, incremental, withChinese + "\n\nINT. ROOM - DAY\n\nHe waits.\n");
            assertThat(incremental.pagesDrawn()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aFailedRenderWritesNothingAndLeavesTheKeptPages() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().systemFallbackFonts(false).build();
        IncrementalPdfRenderer incremental = renderer.incremental();
        same(renderer, incremental, bigFish);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> incremental.render(parse(bigFish + "\n\nINT. ROOM - DAY\n\n\uDB3F\uDFFD\n"), out))
                .isInstanceOf(MissingGlyphException.class);
        assertThat(out.size()).isZero();
        same(renderer, incremental, bigFish + "\n\nINT. ROOM - DAY\n\nHe waits.\n");
        assertThat(incremental.pagesDrawn()).isLessThanOrEqualTo(2);
    }

    @Test
    void anyScreenplayAfterAnyOtherIsRenderedAsAFreshRenderWouldRenderIt() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().build();
        qt().withExamples(30).forAll(ScreenplayGen.sized(8, 20), edits()).checkAssert((play, edit) -> {
            IncrementalPdfRenderer incremental = renderer.incremental();
            assertThat(render(incremental, play)).isEqualTo(renderer.render(play));
            Screenplay edited = edit.apply(play);
            assertThat(render(incremental, edited)).isEqualTo(renderer.render(edited));
        });
    }

    /** Drops, doubles or moves a scene, or changes the title page. */
    private static Gen<java.util.function.UnaryOperator<Screenplay>> edits() {
        return Generate.pick(List.of(
                play -> scenes(play, scenes -> scenes.remove(scenes.size() / 2)),
                play -> scenes(play, scenes -> scenes.add(scenes.size() / 2, scenes.get(scenes.size() / 2))),
                play -> scenes(play, scenes -> scenes.add(scenes.remove(0))),
                play -> play.toBuilder().title("Another Title").build()));
    }

    private static Screenplay scenes(Screenplay play, java.util.function.Consumer<List<Scene>> edit) {
        List<Scene> scenes = new ArrayList<>(play.scenes());
        if (!scenes.isEmpty()) {
            edit.accept(scenes);
        }
        return new Screenplay(play.titlePage(), play.preamble(), scenes, play.cast());
    }

    /** Renders with both and compares; the layout the incremental renderer drew. */
    private static Layout same(PdfScreenplayRenderer renderer, IncrementalPdfRenderer incremental, String fountain) {
        Screenplay play = parse(fountain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Layout layout = incremental.render(play, out);
        assertThat(out.toByteArray()).isEqualTo(renderer.render(play));
        assertThat(layout.pageCount()).isEqualTo(renderer.paginator().paginate(play).pageCount());
        return layout;
    }

    private static byte[] render(IncrementalPdfRenderer incremental, Screenplay play) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        incremental.render(play, out);
        return out.toByteArray();
    }

    private static Screenplay parse(String fountain) {
        return dev.slate.core.fountain.FountainReader.create().read(fountain).screenplay();
    }

    private static String read(String name) {
        try {
            return Files.readString(Corpus.dir().resolve("fountain").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
