package dev.slate.core.layout;

import dev.slate.core.Action;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Transition;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Properties of every pagination of generated screenplays, on both papers. */
class PaginationPropertiesTest {

    private static final List<Paginator> PAGINATORS = List.of(Paginator.builder().build(),
            Paginator.builder().paper(Paper.A4).sceneNumbers(SceneNumberPosition.BOTH).build(),
            Paginator.builder().continuedMarkers(true).sceneNumbers(SceneNumberPosition.BOTH).build());

    @Test
    void everyWordIsKeptOnceInOrder() {
        qt().withExamples(150).forAll(ScreenplayGen.sized(8, 25)).checkAssert(play -> {
            for (Paginator paginator : PAGINATORS) {
                Layout layout = paginator.paginate(play);
                assertThat(printedWords(layout, false)).isEqualTo(words(play, false));
                // a dual dialogue split over pages reads column by column on each page
                assertThat(printedWords(layout, true)).containsExactlyInAnyOrderElementsOf(words(play, true));
            }
        });
    }

    @Test
    void pagesObeyTheBreakRules() {
        int[] splits = {0};
        qt().withExamples(150).forAll(ScreenplayGen.sized(8, 25)).checkAssert(play -> {
            for (Paginator paginator : PAGINATORS) {
                Layout layout = paginator.paginate(play);
                List<Page> pages = layout.pages();
                for (int p = 0; p < pages.size(); p++) {
                    Page page = pages.get(p);
                    assertThat(page.rowsUsed()).isLessThanOrEqualTo(paginator.linesPerPage());
                    Line last = lastText(page);
                    if (p + 1 < pages.size()) {
                        assertThat(last.kind()).as("page %d ends", page.number()).isNotEqualTo(LineKind.SCENE_HEADING);
                    }
                    if (p > 0) {
                        assertThat(firstText(page).kind()).as("page %d starts", page.number())
                                .isNotEqualTo(LineKind.TRANSITION);
                    }
                    if (last.kind() == LineKind.MORE) {
                        splits[0]++;
                        Line top = firstText(pages.get(p + 1));
                        assertThat(top.kind()).isEqualTo(LineKind.CONTINUED_CHARACTER);
                        String cue = continuedCue(pages.get(p + 1), top);
                        assertThat(cue).matches(".+ \\(CONT['\u2019]D\\)");
                        assertThat(cue).doesNotContainPattern("CONT['\u2019]D\\).*CONT['\u2019]D");
                    }
                }
            }
        });
        assertThat(splits[0]).as("dialogue splits seen").isGreaterThan(10);
    }

    @Test
    void sceneLengthsAddUpToTheLinesOnThePages() {
        qt().withExamples(100).forAll(ScreenplayGen.sized(8, 25)).checkAssert(play -> {
            Layout layout = PAGINATORS.get(0).paginate(play);
            assertThat(layout.scenes()).hasSize(play.scenes().size());
            int lines = layout.scenes().stream().mapToInt(SceneLength::lines).sum();
            int printed = 0;
            for (Page page : layout.pages()) {
                printed += page.rowsUsed();
            }
            assertThat(lines).isLessThanOrEqualTo(printed);
            assertThat(layout.scenes()).allSatisfy(s -> assertThat(s.eighths())
                    .isEqualTo(SceneLength.eighths(s.lines(), 55)));
        });
    }

    @Test
    void everyLineNamesTheElementItShows() {
        qt().withExamples(100).forAll(ScreenplayGen.sized(8, 25)).checkAssert(play -> {
            for (Paginator paginator : PAGINATORS) {
                Map<List<Integer>, List<String>> printed = new LinkedHashMap<>();
                for (Page page : paginator.paginate(play).pages()) {
                    for (Line line : page.lines()) {
                        boolean heading = line.kind() == LineKind.SCENE_HEADING || line.kind() == LineKind.SCENE_NUMBER
                                || line.kind() == LineKind.CONTINUED;
                        assertThat(line.element() < 0).as("%s", line).isEqualTo(heading);
                        List<String> words = new ArrayList<>();
                        if (!heading && !line.kind().isGenerated()) {
                            split(line.text().plain(), words);
                        }
                        if (!words.isEmpty()) {
                            printed.computeIfAbsent(List.of(line.scene(), line.element()), k -> new ArrayList<>())
                                    .addAll(words);
                        }
                    }
                }
                assertThat(List.copyOf(printed.keySet())).as("elements in script order").isSortedAccordingTo(
                        (a, b) -> a.get(0).equals(b.get(0)) ? a.get(1) - b.get(1) : a.get(0) - b.get(0));
                Map<List<Integer>, List<String>> expected = elementWords(play);
                assertThat(printed.keySet()).isEqualTo(expected.keySet());
                // dual dialogue reads column by column on each page, so its words are compared as a bag
                printed.forEach((key, words) -> assertThat(words).as("element %s", key)
                        .containsExactlyInAnyOrderElementsOf(expected.get(key)));
            }
        });
    }

    /**
     * The words of each printed element by (scene, element), the preamble as scene -1; a transition
     * right after another is printed with it, so its words count as the first's.
     */
    private static Map<List<Integer>, List<String>> elementWords(Screenplay play) {
        Map<List<Integer>, List<String>> words = new LinkedHashMap<>();
        List<List<Element>> scenes = new ArrayList<>();
        scenes.add(play.preamble());
        play.scenes().forEach(s -> scenes.add(s.elements()));
        for (int s = 0; s < scenes.size(); s++) {
            List<Integer> transition = null;
            for (int e = 0; e < scenes.get(s).size(); e++) {
                Element element = scenes.get(s).get(e);
                List<String> own = new ArrayList<>();
                words(element, own, false);
                words(element, own, true);
                boolean isTransition = element instanceof Transition;
                List<Integer> key = isTransition && transition != null ? transition : List.of(s - 1, e);
                if (!own.isEmpty()) {
                    words.computeIfAbsent(key, k -> new ArrayList<>()).addAll(own);
                }
                transition = isTransition ? key : null;
            }
        }
        return words;
    }

    /** The last line of a page that is not a scene number or a CONTINUED marker. */
    private static Line lastText(Page page) {
        Line last = null;
        for (Line line : page.lines()) {
            if (line.kind() != LineKind.SCENE_NUMBER && line.kind() != LineKind.CONTINUED
                    && (last == null || line.row() >= last.row())) {
                last = line;
            }
        }
        return last;
    }

    /** The first line of a page after its CONTINUED marker. */
    private static Line firstText(Page page) {
        Line first = null;
        for (Line line : page.lines()) {
            if (line.kind() != LineKind.SCENE_NUMBER && line.kind() != LineKind.CONTINUED
                    && (first == null || line.row() < first.row())) {
                first = line;
            }
        }
        return first;
    }

    /** A continued cue read across the rows it wraps to (a dual dialogue's narrow column). */
    private static String continuedCue(Page page, Line top) {
        StringBuilder cue = new StringBuilder();
        for (Line line : page.lines()) {
            if (line.kind() == LineKind.CONTINUED_CHARACTER && line.x() == top.x()) {
                cue.append(cue.length() > 0 ? " " : "").append(line.text().plain());
            }
        }
        return cue.toString();
    }

    /** The printed words in reading order, of dual dialogue only or of everything else. */
    private static List<String> printedWords(Layout layout, boolean dual) {
        List<String> words = new ArrayList<>();
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) {
                if (!line.kind().isGenerated() && isDual(line) == dual) {
                    split(line.text().plain(), words);
                }
            }
        }
        return words;
    }

    /** Dual dialogue sits at its own columns: cues, parentheticals and speech left of the usual ones or right of 4.5 in. */
    private static boolean isDual(Line line) {
        return switch (line.kind()) {
            case CHARACTER -> line.x() != 3.5;
            case PARENTHETICAL -> line.x() < 3.0 || line.x() > 4.5;
            case DIALOGUE -> line.x() != 2.5;
            default -> false;
        };
    }

    /** The words of the printed elements of a screenplay, in script order, of dual dialogue only or of everything else. */
    private static List<String> words(Screenplay play, boolean dual) {
        List<String> words = new ArrayList<>();
        play.preamble().forEach(e -> words(e, words, dual));
        for (Scene scene : play.scenes()) {
            if (!dual) {
                split(scene.heading().text().toUpperCase(Locale.ROOT), words);
            }
            scene.elements().forEach(e -> words(e, words, dual));
        }
        return words;
    }

    private static void words(Element element, List<String> words, boolean dual) {
        if (element instanceof DualDialogue d) {
            if (dual) {
                dialogueWords(d.left(), words);
                dialogueWords(d.right(), words);
            }
        } else if (dual) {
            return;
        } else if (element instanceof Dialogue d) {
            dialogueWords(d, words);
        } else if (element instanceof Action a) {
            split(a.text().plain(), words);
        } else if (element instanceof Transition t) {
            split(t.text().plain(), words);
        } else if (element instanceof CenteredText c) {
            split(c.text().plain(), words);
        } else if (element instanceof Lyrics l) {
            split(l.text().plain(), words);
        }
    }

    private static void dialogueWords(Dialogue d, List<String> words) {
        split(d.cue(), words);
        for (Dialogue.Part part : d.parts()) {
            split(part instanceof Dialogue.Parenthetical ? "(" + part.text().plain() + ")" : part.text().plain(),
                    words);
        }
    }

    private static void split(String text, List<String> words) {
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }
}
