package dev.slate.core.report;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShotListTest {

    private static final Screenplay PLAY = Screenplay.builder()
            .scene(Scene.builder("EXT. ROOFTOP - DAY").number("4")
                    .shot("4", s -> s.size("WS").setup("A").shootingMinutes(10).setupMinutes(20))
                    .shot("4A", s -> s.size("CU").framing("OTS").setup("B").shootingMinutes(5))
                    .shot("4B", s -> s.size("MCU").move("pan left").setup("A"))
                    .shot("4C", s -> s.size("insert").shootingMinutes(3))
                    .shot("4D", s -> s.angle("low").setup("B").audio("MOS"))
                    .build())
            .scene(Scene.builder("the roof, later").build())
            .build();

    @Test
    void scriptOrderKeepsThePlannedOrder() {
        assertThat(numbers(ShotList.of(PLAY, ShotListOrder.SCRIPT))).containsExactly("4", "4A", "4B", "4C", "4D");
    }

    @Test
    void shootingOrderGroupsBySetupInOrderOfFirstUseWithLooseShotsLast() {
        assertThat(numbers(ShotList.of(PLAY, ShotListOrder.SETUP))).containsExactly("4", "4B", "4A", "4D", "4C");
    }

    @Test
    void totalsCountShotsAndShootingMinutes() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT);
        assertThat(list.sections().get(0).totals()).isEqualTo(new ShotList.Totals(5, 18));
        assertThat(list.sections().get(1).totals()).isEqualTo(new ShotList.Totals(0, 0));
        assertThat(list.totals()).isEqualTo(new ShotList.Totals(5, 18));
    }

    @Test
    void totalsStopAtTheLargestIntRatherThanWrap() {
        Screenplay huge = Screenplay.builder()
                .scene(Scene.builder("INT. A - DAY").shot("1", s -> s.shootingMinutes(Integer.MAX_VALUE))
                        .shot("2", s -> s.shootingMinutes(Integer.MAX_VALUE)).build())
                .scene(Scene.builder("INT. B - DAY").shot("1", s -> s.shootingMinutes(5)).build())
                .build();
        ShotList list = ShotList.of(huge, ShotListOrder.SCRIPT);
        assertThat(list.sections().get(0).totals().minutes()).isEqualTo(Integer.MAX_VALUE);
        assertThat(list.totals()).isEqualTo(new ShotList.Totals(3, Integer.MAX_VALUE));
    }

    @Test
    void scenesWithoutNumbersAreNumberedByPosition() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT);
        assertThat(list.sections()).extracting(ShotList.Section::number).containsExactly("4", "2");
        assertThat(list.sections().get(1).interiorExterior()).isEmpty();
        assertThat(list.sections().get(0).interiorExterior()).isEqualTo("EXT");
        assertThat(list.sections().get(0).timeOfDay()).isEqualTo("DAY");
        assertThat(list.sceneRange()).isEqualTo("4\u20132");
        assertThat(ShotList.of(Screenplay.builder().build(), ShotListOrder.SCRIPT).sceneRange()).isEmpty();
    }

    @Test
    void pageEighthsComeFromTheCallerByScene() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT, List.of(11, 3));
        assertThat(list.sections()).extracting(ShotList.Section::pages).containsExactly("1 3/8", "3/8");
        assertThat(ShotList.of(PLAY, ShotListOrder.SCRIPT).sections().get(0).pages()).isEmpty();
        assertThat(ShotList.of(PLAY, ShotListOrder.SCRIPT, List.of(8)).sections())
                .extracting(ShotList.Section::pages).containsExactly("1", "");
        assertThatThrownBy(() -> ShotList.of(PLAY, ShotListOrder.SCRIPT, List.of(-1)))
                .hasMessageContaining("pageEighths must not be negative");
    }

    @Test
    void legendListsOnlyTheShortFormsOfTheColumnsShown() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT);
        assertThat(list.abbreviations(ShotListColumn.defaults())).extracting(Term::abbreviation)
                .containsExactly("WS", "CU", "OTS", "MCU", "MOS");
        assertThat(list.abbreviations(List.of(ShotListColumn.SIZE))).extracting(Term::abbreviation)
                .containsExactly("WS", "CU", "MCU");
    }

    private static List<String> numbers(ShotList list) {
        return list.sections().stream().flatMap(s -> s.shots().stream()).map(Shot::number).toList();
    }
}
