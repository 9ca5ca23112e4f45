package dev.slate.core.report;

import dev.slate.core.shot.Setups;
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
    void castNumbersAndTheScriptPageComeFromTheList() {
        Screenplay play = Screenplay.builder()
                .castMember(new dev.slate.core.CastMember("MRS. SHEN", java.util.Optional.empty(), List.of("MOM")))
                .scene("INT. A - DAY", s -> s.dialogue("LIN XIAO", "One.").dialogue("MOM", "Two.")
                        .shot("1", shot -> shot.subjects("MOM", "LIN XIAO", "A PASSER-BY")))
                .scene("INT. B - DAY", s -> s.dialogue("LIN XIAO", "Three.").shot("2", shot -> shot.subjects("mom")))
                .build();
        ShotList list = ShotList.of(play, ShotListOrder.SCRIPT, new ShotList.SceneLengths(List.of(2, 3), List.of(1, 4)));
        ShotList.SceneSection first = list.sections().get(0);
        ShotList.SceneSection second = list.sections().get(1);
        List<ShotListColumn> shown = List.of(ShotListColumn.SHOT, ShotListColumn.CAST_NUMBERS, ShotListColumn.PAGE);
        // MRS. SHEN (MOM, in frame in scene B) and LIN XIAO are in both scenes; the cast note's comes
        // first: 1 and 2. A passer-by, in no cast note and no cue, has no number.
        assertThat(list.cell(first, first.shots().get(0), ShotListColumn.CAST_NUMBERS, shown)).isEqualTo("1, 2");
        assertThat(list.cell(second, second.shots().get(0), ShotListColumn.CAST_NUMBERS, shown)).isEqualTo("1");
        assertThat(list.cell(first, first.shots().get(0), ShotListColumn.PAGE, shown)).isEqualTo("1");
        assertThat(list.cell(second, second.shots().get(0), ShotListColumn.PAGE, shown)).isEqualTo("4");
        assertThat(list.cell(second, second.shots().get(0), ShotListColumn.SHOT, shown)).isEqualTo("2");
        ShotList unpaged = ShotList.of(play, ShotListOrder.SCRIPT);
        ShotList.SceneSection unknown = unpaged.sections().get(0);
        assertThat(unpaged.cell(unknown, unknown.shots().get(0), ShotListColumn.PAGE, shown)).isEmpty();
    }

    /** One scene over two script pages, a shot covering from its first line, one from the second page's. */
    static final String TWO_PAGE_SCENE = twoPageScene();

    private static String twoPageScene() {
        StringBuilder text = new StringBuilder("INT. LONG HALL - NIGHT #1#\n\n[[SHOT 1A: WS | the hall]]\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("She walks past door ").append(i).append(".\n\n");
        }
        text.append("[[END SHOT 1A]]\n\n[[SHOT 1B: CU | the last door]]\n\nThe last door opens.\n\n[[END SHOT 1B]]\n\n")
                .append("[[SHOT 1C: insert | a key]]\n\n");
        return text.toString();
    }

    @Test
    void theScriptPageIsWhereTheShotsFirstCoveredElementPrints() {
        Screenplay play = dev.slate.core.fountain.FountainReader.create().read(TWO_PAGE_SCENE).screenplay();
        ShotList.SceneLengths lengths = ShotList.PageEighths.LETTER.measure(play);
        assertThat(lengths.firstPages()).containsExactly(1);
        assertThat(lengths.eighths().get(0)).isGreaterThan(8);
        ShotList list = ShotList.of(play, ShotListOrder.SCRIPT, lengths);
        ShotList.SceneSection scene = list.sections().get(0);
        List<ShotListColumn> shown = List.of(ShotListColumn.SHOT, ShotListColumn.PAGE);
        assertThat(scene.shots()).extracting(Shot::number).containsExactly("1A", "1B", "1C");
        assertThat(scene.shots().get(2).coverage()).isEmpty();
        assertThat(scene.shots()).extracting(shot -> list.cell(scene, shot, ShotListColumn.PAGE, shown))
                .containsExactly("1", "2", "1");
        // Without the pages of the elements, every shot falls back to its scene's first page.
        ShotList scenePages = ShotList.of(play, ShotListOrder.SCRIPT,
                new ShotList.SceneLengths(lengths.eighths(), lengths.firstPages()));
        ShotList.SceneSection same = scenePages.sections().get(0);
        assertThat(same.shots()).extracting(shot -> scenePages.cell(same, shot, ShotListColumn.PAGE, shown))
                .containsExactly("1", "1", "1");
    }

    @Test
    void paginationGivesEachScenesFirstPage() {
        ShotList.SceneLengths lengths = ShotList.PageEighths.LETTER.measure(PLAY);
        assertThat(lengths.firstPages()).containsExactly(1, 1);
        assertThat(lengths.eighths()).isEqualTo(ShotList.PageEighths.LETTER.of(PLAY));
        assertThat(ShotList.PageEighths.NONE.measure(PLAY).firstPages()).isEmpty();
    }

    @Test
    void scriptOrderKeepsThePlannedOrder() {
        assertThat(numbers(ShotList.of(PLAY, ShotListOrder.SCRIPT))).containsExactly("4", "4A", "4B", "4C", "4D");
    }

    @Test
    void shootingOrderGroupsBySetupInOrderOfFirstUseWithLooseShotsLast() {
        assertThat(numbers(ShotList.of(PLAY, ShotListOrder.SETUP))).containsExactly("4", "4B", "4A", "4D", "4C");
    }

    @Test
    void totalsCountShotsSetupAndShootingMinutes() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT);
        assertThat(list.sections().get(0).totals()).isEqualTo(new Setups.Totals(5, 20, 18));
        assertThat(list.sections().get(0).totals().totalMinutes()).isEqualTo(38);
        assertThat(list.sections().get(1).totals()).isEqualTo(new Setups.Totals(0, 0, 0));
        assertThat(list.totals()).isEqualTo(new Setups.Totals(5, 20, 18));
    }

    @Test
    void aSetupsTimeIsCountedOncePerSetupOfEachScene() {
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("INT. A - DAY")
                        .shot("1", s -> s.setup("A").setupMinutes(20).shootingMinutes(5))
                        .shot("1A", s -> s.setup("A").shootingMinutes(5))
                        .shot("1B", s -> s.setup("A").setupMinutes(20).shootingMinutes(5))
                        .shot("1C", s -> s.setup("B").setupMinutes(15).shootingMinutes(3))
                        .shot("1D", s -> s.setupMinutes(7)).build())
                .scene(Scene.builder("INT. B - DAY").shot("1", s -> s.setup("A").setupMinutes(30)).build())
                .build();
        ShotList list = ShotList.of(play, ShotListOrder.SETUP);
        assertThat(list.sections().get(0).totals()).isEqualTo(new Setups.Totals(5, 42, 18));
        assertThat(list.totals()).isEqualTo(new Setups.Totals(6, 72, 18));
        assertThat(list.totals().totalMinutes()).isEqualTo(90);
        assertThat(list.sections().get(0).setups()).extracting(Setups.Setup::totalMinutes)
                .containsExactly(35, 18, 7);
    }

    @Test
    void shootingOrderLeavesInsertsAndCutawaysToTheEnd() {
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("INT. A - DAY")
                        .shot("1", s -> s.size("insert").setup("C"))
                        .shot("1A", s -> s.size("WS").setup("A"))
                        .shot("1B", s -> s.framing("cutaway"))
                        .shot("1C", s -> s.size("CU").setup("B"))
                        .shot("1D", s -> s.size("MS"))
                        .shot("1E", s -> s.size("MS").setup("A")).build())
                .build();
        assertThat(numbers(ShotList.of(play, ShotListOrder.SETUP))).containsExactly("1A", "1E", "1C", "1D", "1",
                "1B");
    }

    @Test
    void totalsStopAtTheLargestIntRatherThanWrap() {
        Screenplay huge = Screenplay.builder()
                .scene(Scene.builder("INT. A - DAY").shot("1", s -> s.shootingMinutes(Integer.MAX_VALUE))
                        .shot("2", s -> s.shootingMinutes(Integer.MAX_VALUE)).build())
                .scene(Scene.builder("INT. B - DAY").shot("1", s -> s.shootingMinutes(5)).build())
                .build();
        ShotList list = ShotList.of(huge, ShotListOrder.SCRIPT);
        assertThat(list.sections().get(0).totals().shootingMinutes()).isEqualTo(Integer.MAX_VALUE);
        assertThat(list.totals()).isEqualTo(new Setups.Totals(3, 0, Integer.MAX_VALUE));
    }

    @Test
    void scenesWithoutNumbersAreNumberedByPosition() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT);
        assertThat(list.sections()).extracting(ShotList.SceneSection::number).containsExactly("4", "2");
        assertThat(list.sections().get(1).interiorExterior()).isEmpty();
        assertThat(list.sections().get(0).interiorExterior()).isEqualTo("EXT");
        assertThat(list.sections().get(0).timeOfDay()).isEqualTo("DAY");
        assertThat(list.sceneRange()).isEqualTo("4\u20132");
        assertThat(ShotList.of(Screenplay.builder().build(), ShotListOrder.SCRIPT).sceneRange()).isEmpty();
    }

    @Test
    void pageEighthsComeFromTheCallerByScene() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.SCRIPT, List.of(11, 3));
        assertThat(list.sections()).extracting(ShotList.SceneSection::pages).containsExactly("1 3/8", "3/8");
        assertThat(ShotList.of(PLAY, ShotListOrder.SCRIPT).sections().get(0).pages()).isEmpty();
        assertThat(ShotList.of(PLAY, ShotListOrder.SCRIPT, List.of(8)).sections())
                .extracting(ShotList.SceneSection::pages).containsExactly("1", "");
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
