package dev.slate.core.layout;

import dev.slate.core.Dialogue;
import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.slate.core.layout.Pages.numbered;
import static dev.slate.core.layout.Pages.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** The optional CONTINUED markers cost only the lines they print, and read as Final Draft prints them. */
class ContinuedMarkersTest {

    private final Paginator plain = Paginator.builder().build();
    private final Paginator markers = Paginator.builder().continuedMarkers(true).build();

    @Test
    void aPageWhereNoSceneRunsOverKeepsAllItsLines() {
        // scene 1 fills page 1 to its last line; scene 2 starts page 2: no marker, no line lost
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.action(numbered("Fill", 53)))
                .scene("EXT. ALLEY - NIGHT", s -> s.action(numbered("Walk", 3)))
                .build();

        assertThat(rows(markers.paginate(play).pages().get(0))).isEqualTo(rows(plain.paginate(play).pages().get(0)))
                .hasSize(55);
    }

    @Test
    void aSceneRunningOverGivesTheLastLineAndTwoAtTheTopOfTheNextPage() {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.action(numbered("Fill", 100)))
                .build();
        Layout layout = markers.paginate(play);

        List<String> first = rows(layout.pages().get(0));
        assertThat(first).hasSize(55);
        assertThat(first.get(54)).isEqualTo("(CONTINUED)");
        assertThat(first.get(53)).isEqualTo("Fill 52.");       // 54 lines of text: heading, blank, 52 lines
        List<String> second = rows(layout.pages().get(1));
        assertThat(second.subList(0, 3)).containsExactly("CONTINUED:", "", "Fill 53.");
        assertThat(layout.pages()).allSatisfy(p -> assertThat(p.rowsUsed()).isLessThanOrEqualTo(55));
    }

    @Test
    void aSpeechStillSplitsWithMarkersOn() {
        Dialogue speech = Dialogue.builder("EDWARD").speech(numbered("I said it", 30).replace('\n', ' ')).build();
        for (int fill = 44; fill <= 48; fill++) {
            int rows = fill;
            Screenplay play = Screenplay.builder()
                    .scene("INT. ROOM - DAY", s -> s.action(numbered("Fill", rows - 2)).element(speech))
                    .build();
            Page first = markers.paginate(play).pages().get(0);
            assertThat(first.lines()).as("fill %d", fill).anyMatch(l -> l.kind() == LineKind.MORE);
            int lastText = first.lines().stream().filter(l -> l.kind() != LineKind.CONTINUED).mapToInt(Line::row)
                    .max().orElseThrow();
            assertThat(lastText).as("fill %d: (MORE) on the line above (CONTINUED)", fill).isEqualTo(53);
        }
    }

    @Test
    void withSceneNumbersTheHeadCarriesTheNumberAtBothPositionsAndCountsFromTheThirdPage() {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.number("12").action(numbered("Fill", 150)))
                .build();
        Layout layout = Paginator.builder().continuedMarkers(true).sceneNumbers(SceneNumberPosition.BOTH).build()
                .paginate(play);

        assertThat(layout.pageCount()).isGreaterThanOrEqualTo(3);
        assertThat(rows(layout.pages().get(1)).get(0)).isEqualTo("12 CONTINUED: 12");
        assertThat(rows(layout.pages().get(2)).get(0)).isEqualTo("12 CONTINUED: (2) 12");
        List<Line> head = layout.pages().get(2).lines().stream().filter(l -> l.row() == 0).toList();
        assertThat(head).extracting(Line::x).containsExactly(1.0, Paper.LEFT_MARGIN, Paper.LETTER.rightSceneNumber());
        Layout left = Paginator.builder().continuedMarkers(true).sceneNumbers(SceneNumberPosition.LEFT).build()
                .paginate(play);
        assertThat(rows(left.pages().get(1)).get(0)).isEqualTo("12 CONTINUED:");
        assertThat(rows(markers.paginate(play).pages().get(1)).get(0)).isEqualTo("CONTINUED:");
    }

    @Test
    void printedSceneNumbersNeverGoBackwards() {
        Screenplay play = Screenplay.builder()
                .scene("INT. ONE - DAY", s -> s.action("One."))
                .scene("INT. TWO - DAY", s -> s.action("Two."))
                .scene("INT. THREE - DAY", s -> s.number("12A").locked(true).action("Three."))
                .scene("INT. FOUR - DAY", s -> s.action(numbered("Four", 80)))
                .build();
        Layout layout = Paginator.builder().sceneNumbers(SceneNumberPosition.LEFT).continuedMarkers(true).build()
                .paginate(play);

        assertThat(layout.scenes()).extracting(SceneLength::number).containsExactly("1", "2", "12A", "13");
        assertThat(layout.pages().get(0).lines()).filteredOn(l -> l.kind() == LineKind.SCENE_NUMBER)
                .extracting(l -> l.text().plain()).containsExactly("1", "2", "12A", "13");
        assertThat(rows(layout.pages().get(1)).get(0)).isEqualTo("13 CONTINUED:");
    }
}
