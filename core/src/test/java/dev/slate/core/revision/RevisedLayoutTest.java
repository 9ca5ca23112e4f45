package dev.slate.core.revision;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RevisedLayoutTest {

    private static final Paginator PAGINATOR = Paginator.builder().sceneNumbers(SceneNumberPosition.BOTH).build();

    static Screenplay read(String fountain) {
        return FountainReader.create().read(fountain).screenplay();
    }

    /** A script of {@code scenes} scenes, each an action long enough to take most of a page. */
    static String script(int scenes) {
        StringBuilder text = new StringBuilder();
        for (int s = 1; s <= scenes; s++) {
            text.append("INT. ROOM ").append(s).append(" - DAY\n\n");
            for (int a = 1; a <= 6; a++) {
                text.append("Scene ").append(s).append(" action ").append(a)
                        .append(" goes on for a while so that it wraps over more than one line of the page, "
                                + "and then some more words follow it.\n\n");
            }
            text.append("DANA\nWe talk in scene ").append(s).append(".\n\n");
        }
        return text.toString();
    }

    static List<String> rows(Page page, SortedRows marks) {
        return marks.rows.stream().map(r -> page.lines().stream().filter(l -> l.row() == r)
                .map(l -> l.text().plain()).collect(Collectors.joining(" "))).toList();
    }

    record SortedRows(List<Integer> rows) {
    }

    static List<String> markedText(RevisedLayout revised) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < revised.layout().pageCount(); p++) {
            out.addAll(rows(revised.layout().pages().get(p), new SortedRows(List.copyOf(revised.markedRows(p)))));
        }
        return out;
    }

    @Test
    void anUnchangedDraftHasNoMarksAndTheSamePages() {
        Screenplay play = read(script(6));
        for (RevisedLayout.Locking locking : RevisedLayout.Locking.values()) {
            RevisedLayout revised = RevisedLayout.of(PAGINATOR, play, play, locking);
            assertThat(markedText(revised)).as("%s", locking).isEmpty();
            assertThat(revised.anyChanged()).isFalse();
            Layout plain = PAGINATOR.paginate(play);
            assertThat(revised.layout().pages()).isEqualTo(plain.pages());
            assertThat(IntStream.range(0, plain.pageCount()).mapToObj(p -> revised.numberLabel(p).orElse("")))
                    .containsExactlyElementsOf(plain.pages().stream().map(p -> p.numberLabel().orElse("")).toList());
        }
    }

    @Test
    void aChangedWordMarksOnlyItsLine() {
        Screenplay old = read(script(3));
        Screenplay revised = read(script(3).replace("Scene 2 action 3 goes on for a while so that it wraps over more "
                + "than one line of the page, and then some more words",
                "Scene 2 action 3 goes on for a while so that it wraps over more than one line of the page, and then "
                        + "some other words"));
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, revised, RevisedLayout.Locking.NONE);
        assertThat(markedText(layout)).singleElement().asString().endsWith("some other words");
    }

    @Test
    void aNewSpeechAndAChangedCueAreMarked() {
        Screenplay old = read(script(2));
        Screenplay revised = read(script(2).replace("DANA\nWe talk in scene 2.", "DANA\nWe talk in scene 2.\n\nLEE\n(quietly)\nWe do."));
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, revised, RevisedLayout.Locking.NONE);
        assertThat(markedText(layout)).containsExactly("LEE", "(quietly)", "We do.");
    }

    @Test
    void aDeletedSceneIsOmittedWithItsNumberWhenScenesAreLocked() {
        Screenplay old = read(script(4));
        String text = script(4);
        int from = text.indexOf("INT. ROOM 3");
        int to = text.indexOf("INT. ROOM 4");
        Screenplay revised = read(text.substring(0, from) + text.substring(to));
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, revised, RevisedLayout.Locking.SCENE_NUMBERS);
        assertThat(markedText(layout)).containsExactly("3 OMITTED 3");
        assertThat(headings(layout.layout())).containsExactly("1 INT. ROOM 1 - DAY 1", "2 INT. ROOM 2 - DAY 2",
                "3 OMITTED 3", "4 INT. ROOM 4 - DAY 4");
    }

    @Test
    void aNewSceneBetweenLockedOnesIsNumberedWithALetter() {
        Screenplay old = read(script(3));
        String text = script(3);
        int at = text.indexOf("INT. ROOM 3");
        Screenplay revised = read(text.substring(0, at) + "EXT. YARD - NIGHT\n\nRain.\n\n" + text.substring(at));
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, revised, RevisedLayout.Locking.SCENE_NUMBERS);
        assertThat(headings(layout.layout())).containsExactly("1 INT. ROOM 1 - DAY 1", "2 INT. ROOM 2 - DAY 2",
                "2A EXT. YARD - NIGHT 2A", "3 INT. ROOM 3 - DAY 3");
        assertThat(markedText(layout)).containsExactly("2A EXT. YARD - NIGHT 2A", "Rain.");
    }

    @Test
    void lockedPagesSendAddedTextToAPagesAndKeepTheOthers() {
        Screenplay old = read(script(6));
        String text = script(6);
        int at = text.indexOf("DANA\nWe talk in scene 2.");
        String added = "Scene 2 gets a long new action that goes on and on over many lines, so that the page "
                + "it is on can no longer hold it and what follows, which must go on to an A-page.\n\n";
        Screenplay revised = read(text.substring(0, at) + added.repeat(8) + text.substring(at));
        Layout before = PAGINATOR.paginate(old);
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, revised, RevisedLayout.Locking.PAGES);
        List<String> labels = IntStream.range(0, layout.layout().pageCount())
                .mapToObj(p -> layout.numberLabel(p).orElse("")).toList();
        assertThat(labels).anyMatch(l -> l.matches("\\d+A\\."));
        List<String> plain = before.pages().stream().map(p -> p.numberLabel().orElse("")).toList();
        for (int p = 0; p < layout.layout().pageCount(); p++) {
            int old0 = plain.indexOf(labels.get(p));
            if (old0 >= 0 && !layout.changed(p)) {
                assertThat(text(layout.layout().pages().get(p))).isEqualTo(text(before.pages().get(old0)));
            }
        }
        long unchanged = IntStream.range(0, layout.layout().pageCount()).filter(p -> !layout.changed(p)).count();
        assertThat(unchanged).isGreaterThanOrEqualTo(before.pageCount() - 2);
    }

    @Test
    void lockedPagesCombineThePageWhoseTextWentAway() {
        StringBuilder text = new StringBuilder("INT. HALL - DAY\n\n");
        StringBuilder shorter = new StringBuilder("INT. HALL - DAY\n\n");
        for (int a = 1; a <= 60; a++) {
            String action = "Action " + a + " of the long scene goes on long enough to wrap onto a second line.\n\n";
            text.append(action);
            if (a < 10 || a > 50) {
                shorter.append(action);
            }
        }
        Screenplay old = read(text.toString());
        Layout before = PAGINATOR.paginate(old);
        assertThat(before.pageCount()).isGreaterThanOrEqualTo(4);
        RevisedLayout layout = RevisedLayout.of(PAGINATOR, old, read(shorter.toString()), RevisedLayout.Locking.PAGES);
        List<String> labels = IntStream.range(0, layout.layout().pageCount())
                .mapToObj(p -> layout.numberLabel(p).orElse("")).toList();
        assertThat(labels).anyMatch(l -> l.matches("\\d+-\\d+\\."));
        assertThat(labels.get(labels.size() - 1)).isEqualTo(before.pages().get(before.pageCount() - 1).numberLabel().get());
        assertThat(text(layout.layout().pages().get(layout.layout().pageCount() - 1)))
                .isEqualTo(text(before.pages().get(before.pageCount() - 1)));
    }

    static List<String> headings(Layout layout) {
        List<String> out = new ArrayList<>();
        for (Page page : layout.pages()) {
            for (int r = 0; r < page.rowsUsed(); r++) {
                int row = r;
                List<Line> lines = page.lines().stream().filter(l -> l.row() == row).toList();
                if (lines.stream().anyMatch(l -> l.kind() == LineKind.SCENE_HEADING)) {
                    out.add(lines.stream().map(l -> l.text().plain()).collect(Collectors.joining(" ")));
                }
            }
        }
        return out;
    }

    static List<String> text(Page page) {
        return page.lines().stream().map(l -> l.row() + ":" + l.text().plain()).toList();
    }
}
