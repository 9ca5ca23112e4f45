package dev.slate.core.layout;

import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each paginator option changes on the page. */
class LayoutOptionsTest {

    private static final Screenplay PLAY = Screenplay.builder()
            .scene("int. kitchen - night", s -> s.number("12A")
                    .section(1, "ACT ONE").synopsis("They argue.").note("check the kettle")
                    .action(Pages.numbered("Line", 60)))
            .scene("EXT. ALLEY - DAY", s -> s.action("Wind."))
            .build();

    private static List<Line> lines(Layout layout, LineKind kind) {
        return layout.pages().stream().flatMap(p -> p.lines().stream()).filter(l -> l.kind() == kind).toList();
    }

    @Test
    void defaultsPrintPlainCapitalHeadingsWithoutNumbersNotesSectionsOrSynopses() {
        Layout layout = Paginator.builder().build().paginate(PLAY);

        Line heading = lines(layout, LineKind.SCENE_HEADING).get(0);
        assertThat(heading.text().plain()).isEqualTo("INT. KITCHEN - NIGHT");
        assertThat(heading.text().isStyled()).isFalse();
        assertThat(heading.x()).isEqualTo(1.5);
        assertThat(lines(layout, LineKind.SCENE_NUMBER)).isEmpty();
        assertThat(lines(layout, LineKind.NOTE)).isEmpty();
        assertThat(lines(layout, LineKind.SECTION)).isEmpty();
        assertThat(lines(layout, LineKind.SYNOPSIS)).isEmpty();
        assertThat(lines(layout, LineKind.CONTINUED)).isEmpty();
    }

    @Test
    void sceneNumbersSitLeftAndRightOfTheHeadingAsGiven() {
        for (Paper paper : Paper.values()) {
            Layout layout = Paginator.builder().paper(paper).sceneNumbers(SceneNumberPosition.BOTH).build().paginate(PLAY);

            List<Line> numbers = lines(layout, LineKind.SCENE_NUMBER);
            assertThat(numbers).extracting(l -> l.text().plain()).containsExactly("12A", "12A", "13", "13"); // never backwards
            assertThat(numbers).extracting(Line::x).containsExactly(1.0, paper.rightSceneNumber(), 1.0,
                    paper.rightSceneNumber());
            assertThat(numbers.get(0).row()).isEqualTo(lines(layout, LineKind.SCENE_HEADING).get(0).row());
        }
        Layout left = Paginator.builder().sceneNumbers(SceneNumberPosition.LEFT).build().paginate(PLAY);
        assertThat(lines(left, LineKind.SCENE_NUMBER)).extracting(Line::x).containsOnly(1.0);
    }

    @Test
    void headingsCanBeBoldAndUnderlined() {
        Layout layout = Paginator.builder().boldHeadings(true).underlinedHeadings(true).build().paginate(PLAY);

        assertThat(lines(layout, LineKind.SCENE_HEADING).get(0).text().spans().get(0).styles())
                .containsExactlyInAnyOrder(Style.BOLD, Style.UNDERLINE);
    }

    @Test
    void notesSectionsAndSynopsesPrintWhenAsked() {
        Layout layout = Paginator.builder().printNotes(true).printSections(true).printSynopses(true).build()
                .paginate(PLAY);

        assertThat(lines(layout, LineKind.SECTION)).extracting(l -> l.text().plain()).containsExactly("ACT ONE");
        assertThat(lines(layout, LineKind.SYNOPSIS)).extracting(l -> l.text().plain()).containsExactly("They argue.");
        assertThat(lines(layout, LineKind.NOTE)).extracting(l -> l.text().plain())
                .containsExactly("[[check the kettle]]");
    }

    @Test
    void continuedMarkersFrameAPageBreakInsideAScene() {
        Layout layout = Paginator.builder().continuedMarkers(true).build().paginate(PLAY);

        Page first = layout.pages().get(0);
        Page second = layout.pages().get(1);
        assertThat(Pages.last(first).text().plain()).isEqualTo("(CONTINUED)");
        assertThat(Pages.last(first).align()).isEqualTo(Line.Align.RIGHT);
        assertThat(Pages.first(second).text().plain()).isEqualTo("CONTINUED:");
        assertThat(layout.pages()).allSatisfy(p -> assertThat(p.rowsUsed()).isLessThanOrEqualTo(55));
        // the second scene starts on its own heading, so no marker before it
        assertThat(lines(layout, LineKind.CONTINUED)).hasSize(2);
    }

    @Test
    void eachSceneCanStartANewPage() {
        Screenplay shortScenes = Screenplay.builder()
                .transition("FADE IN:")
                .scene("INT. ROOM - DAY", s -> s.action("One."))
                .scene("EXT. STREET - DAY", s -> s.action("Two."))
                .build();
        Layout layout = Paginator.builder().scenePerPage(true).build().paginate(shortScenes);

        assertThat(layout.pageCount()).isEqualTo(2);
        assertThat(Pages.rows(layout.pages().get(0))).containsExactly("FADE IN:", "", "INT. ROOM - DAY", "", "One.");
        assertThat(Pages.first(layout.pages().get(1)).text().plain()).isEqualTo("EXT. STREET - DAY");
    }

    @Test
    void linesPerPageIsChecked() {
        assertThatThrownBy(() -> Paginator.builder().linesPerPage(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linesPerPage");
        assertThat(Paginator.builder().linesPerPage(30).build().paginate(PLAY).pageCount()).isEqualTo(3);
    }
}
