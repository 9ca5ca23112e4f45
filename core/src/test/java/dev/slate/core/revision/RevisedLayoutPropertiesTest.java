package dev.slate.core.revision;

import dev.slate.core.Action;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.StyledText;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.revision.internal.LineTrace;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of revised layouts over generated screenplays and random edits. */
@Timeout(60)
class RevisedLayoutPropertiesTest {

    /** Short pages, so that a generated script runs over many of them. */
    private static final Paginator PAGINATOR = Paginator.builder().linesPerPage(20)
            .sceneNumbers(SceneNumberPosition.BOTH).build();

    @Test
    void anUnchangedScriptHasNoMarksAndItsPlainPages() {
        qt().withExamples(40).forAll(ScreenplayGen.sized(10, 10)).checkAssert(play -> {
            Layout plain = PAGINATOR.paginate(play);
            for (RevisedLayout.Locking locking : RevisedLayout.Locking.values()) {
                RevisedLayout revised = RevisedLayout.of(PAGINATOR, play, play, locking);
                assertThat(revised.anyChanged()).as("%s", locking).isFalse();
                assertThat(revised.layout().pages()).as("%s", locking).isEqualTo(plain.pages());
                for (int p = 0; p < plain.pageCount(); p++) {
                    assertThat(revised.markedRows(p)).isEmpty();
                    assertThat(revised.numberLabel(p)).isEqualTo(plain.pages().get(p).numberLabel());
                }
            }
        });
    }

    @Test
    void everyPrintedLineOfScriptTextIsTracedToItsElement() {
        qt().withExamples(60).forAll(ScreenplayGen.sized(10, 10)).checkAssert(play -> {
            Layout layout = PAGINATOR.paginate(play);
            List<List<LineTrace.Source>> sources = LineTrace.of(play, layout);
            for (int p = 0; p < layout.pageCount(); p++) {
                List<Line> lines = layout.pages().get(p).lines();
                for (int l = 0; l < lines.size(); l++) {
                    Line line = lines.get(l);
                    boolean text = switch (line.kind()) {
                        case ACTION, CHARACTER, PARENTHETICAL, DIALOGUE, LYRICS, TRANSITION, CENTERED ->
                                !line.text().plain().isBlank();
                        default -> false;
                    };
                    LineTrace.Source source = sources.get(p).get(l);
                    assertThat(source != null).as("page %d %s", p + 1, line).isEqualTo(text);
                    if (source != null) {
                        assertThat(source.scene()).isEqualTo(line.scene());
                    }
                }
            }
        });
    }

    @Test
    void aWordAddedToAnActionMarksItsLineAndNoOther() {
        qt().withExamples(60).forAll(ScreenplayGen.sized(10, 10), integers().between(0, 10_000)).checkAssert((play, seed) -> {
            List<int[]> actions = actions(play);
            if (actions.isEmpty()) {
                return;
            }
            int[] at = actions.get(seed % actions.size());
            String text = ((Action) play.scenes().get(at[0]).elements().get(at[1])).text().plain();
            Screenplay revised = Drafts.replaced(play, at[0], at[1], new Action(StyledText.of("ZEBRA " + text)));
            RevisedLayout layout = RevisedLayout.of(PAGINATOR, play, revised, RevisedLayout.Locking.NONE);
            List<String> marked = new ArrayList<>();
            for (int p = 0; p < layout.layout().pageCount(); p++) {
                Page page = layout.layout().pages().get(p);
                for (int row : layout.markedRows(p)) {
                    marked.add(rowText(page, row));
                }
            }
            assertThat(marked).singleElement().asString().startsWith("ZEBRA");
        });
    }

    @Test
    void lockedPagesKeepEveryPageTheEditDoesNotTouch() {
        qt().withExamples(60).forAll(ScreenplayGen.sized(10, 10), integers().between(0, 10_000)).checkAssert((play, seed) -> {
            List<int[]> actions = actions(play);
            if (actions.isEmpty() || play.scenes().size() < 2) {
                return;
            }
            Layout before = PAGINATOR.paginate(play);
            Screenplay revised;
            Set<Integer> touched = new TreeSet<>();
            if (seed % 2 == 0) {
                // an action grows by many words
                int[] at = actions.get(seed / 2 % actions.size());
                String text = ((Action) play.scenes().get(at[0]).elements().get(at[1])).text().plain();
                revised = Drafts.replaced(play, at[0], at[1], new Action(StyledText.of(text + " ZEBRA".repeat(seed % 60))));
                touched.addAll(pagesOf(play, before, at[0], at[1]));
            } else {
                int gone = seed / 2 % play.scenes().size();
                revised = play.toBuilder().removeScene(gone).build();
                touched.addAll(pagesOf(play, before, gone, -1));
            }
            RevisedLayout layout = RevisedLayout.of(PAGINATOR, play, revised, RevisedLayout.Locking.PAGES);
            for (int p = 0; p < before.pageCount(); p++) {
                if (touched.contains(p)) {
                    continue;
                }
                String label = before.pages().get(p).numberLabel().orElse("");
                int kept = -1;
                for (int q = 0; q < layout.layout().pageCount(); q++) {
                    if (layout.numberLabel(q).orElse("").equals(label)) {
                        kept = q;
                    }
                }
                assertThat(kept).as("page %d (%s) is still there, touched: %s", p + 1, label, touched).isNotNegative();
                assertThat(text(layout.layout().pages().get(kept))).as("page %s", label)
                        .isEqualTo(text(before.pages().get(p)));
                assertThat(layout.changed(kept)).isFalse();
            }
        });
    }

    @Test
    void lockedSceneNumbersNeverChangeForKeptScenes() {
        qt().withExamples(60).forAll(ScreenplayGen.numbered(), integers().between(0, 10_000)).checkAssert((play, seed) -> {
            if (play.scenes().isEmpty()) {
                return;
            }
            Screenplay revised = seed % 2 == 0 ? play.toBuilder().removeScene(seed / 2 % play.scenes().size()).build()
                    : inserted(play, seed / 2 % (play.scenes().size() + 1));
            Layout before = PAGINATOR.paginate(play);
            RevisedLayout layout = RevisedLayout.of(PAGINATOR, play, revised, RevisedLayout.Locking.SCENE_NUMBERS);
            Comparison comparison = layout.comparison();
            List<String> printed = layout.layout().scenes().stream().map(s -> s.number()).toList();
            List<String> kept = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            int omitted = 0;
            for (int i = 0; i < layout.printed().scenes().size(); i++) {
                Scene scene = layout.printed().scenes().get(i);
                if (scene.heading().text().equals("OMITTED")) {
                    omitted++;
                    continue;
                }
                var old = comparison.scenes().get(i - omitted).oldScene();
                if (old.isPresent()) {
                    kept.add(printed.get(i));
                    expected.add(before.scenes().get(old.getAsInt()).number());
                }
            }
            assertThat(kept).isEqualTo(expected);
            assertThat(omitted).isEqualTo(comparison.omitted().size());
        });
    }

    private static Screenplay inserted(Screenplay play, int at) {
        List<Scene> scenes = new ArrayList<>(play.scenes());
        scenes.add(at, Scene.builder("EXT. NEW PLACE - DAY").action("Something new happens here.").build());
        return play.toBuilder().scenes(scenes).build();
    }

    /** The pages (from 0) that show element {@code element} of scene {@code scene}, or any line of the scene for -1. */
    private static Set<Integer> pagesOf(Screenplay play, Layout layout, int scene, int element) {
        Set<Integer> pages = new TreeSet<>();
        List<List<LineTrace.Source>> sources = LineTrace.of(play, layout);
        for (int p = 0; p < layout.pageCount(); p++) {
            List<Line> lines = layout.pages().get(p).lines();
            for (int l = 0; l < lines.size(); l++) {
                LineTrace.Source source = sources.get(p).get(l);
                boolean shows = element < 0 ? lines.get(l).scene() == scene
                        : source != null && source.scene() == scene && source.element() == element;
                if (shows) {
                    pages.add(p);
                }
            }
        }
        return pages;
    }

    private static String rowText(Page page, int row) {
        StringBuilder text = new StringBuilder();
        page.lines().stream().filter(l -> l.row() == row).sorted((a, b) -> Double.compare(a.x(), b.x()))
                .forEach(l -> text.append(text.length() == 0 ? "" : " ").append(l.text().plain()));
        return text.toString();
    }

    private static List<String> text(Page page) {
        return page.lines().stream().map(l -> l.row() + " " + l.kind() + " " + l.text().plain()).toList();
    }

    private static List<int[]> actions(Screenplay play) {
        List<int[]> found = new ArrayList<>();
        for (int s = 0; s < play.scenes().size(); s++) {
            List<Element> elements = play.scenes().get(s).elements();
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e) instanceof Action a && !a.text().plain().isBlank()) {
                    found.add(new int[] {s, e});
                }
            }
        }
        return found;
    }
}
