package dev.slate.core.layout;

import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Scene lengths in page eighths and the screen time they stand for. */
class SceneLengthTest {

    @Test
    void linesAreCountedInEighthsRoundedUpAndAtLeastOne() {
        assertThat(SceneLength.eighths(0, 55)).isEqualTo(1);
        assertThat(SceneLength.eighths(6, 55)).isEqualTo(1);   // 48/55 of an eighth... of a page: 0.87 eighths
        assertThat(SceneLength.eighths(7, 55)).isEqualTo(2);   // 56/55 eighths, rounded up
        assertThat(SceneLength.eighths(55, 55)).isEqualTo(8);
        assertThat(SceneLength.eighths(76, 55)).isEqualTo(12); // 11.05 eighths
    }

    @Test
    void eighthsAreWrittenAsOnABreakdownSheet() {
        assertThat(SceneLength.format(3)).isEqualTo("3/8");
        assertThat(SceneLength.format(8)).isEqualTo("1");
        assertThat(SceneLength.format(11)).isEqualTo("1 3/8");
        assertThat(SceneLength.format(16)).isEqualTo("2");
    }

    @Test
    void eachSceneIsMeasuredFromItsHeadingToTheNext() {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.number("4").action(Pages.numbered("Line", 50)))
                .scene("EXT. STREET - NIGHT", s -> s.action("Short."))
                .build();
        Layout layout = Paginator.builder().build().paginate(play);

        SceneLength first = layout.scenes().get(0);
        SceneLength second = layout.scenes().get(1);
        assertThat(first.number()).isEqualTo("4");
        assertThat(first.lines()).isEqualTo(52);             // heading, blank, 50 lines
        assertThat(first.pages()).isEqualTo("1");            // 52 * 8 / 55 = 7.56 eighths, rounded up
        assertThat(second.number()).isEqualTo("5");          // no number given: the next after 4
        assertThat(second.firstPage()).isEqualTo(2);         // its heading could not stay at the foot of page 1
        assertThat(second.lines()).isEqualTo(3);             // heading, blank, action
        assertThat(second.pages()).isEqualTo("1/8");
        assertThat(second.screenTime()).isEqualTo(Duration.ofMillis(7500));
        assertThat(layout.pageCount()).isEqualTo(2);
        assertThat(layout.eighths()).isEqualTo(9);           // a full page and the last page's 3 lines
        assertThat(layout.screenTime()).isEqualTo(Duration.ofMillis(9 * 7500));
    }
}
