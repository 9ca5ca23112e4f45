package dev.slate.core.report;

import dev.slate.core.cast.CastReport;
import dev.slate.core.SceneRef;
import dev.slate.core.CastMember;
import dev.slate.core.Dialogue;
import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {

    /** Three scenes: two on the rooftop (INT and EXT), one in the alley; MOM is MRS. SHEN's alias. */
    private static final Screenplay PLAY = Screenplay.builder()
            .castMember(new CastMember("MRS. SHEN", Optional.empty(), List.of("MOM")))
            .character("JIAYI")
            .character("THIRD GIRL")
            .dialogue("JIAYI (V.O.)", "Before it all.")
            .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", s -> s.number("1")
                    .action("Wind.")
                    .dialogue("JIAYI", "(quietly)", "We are not done.\nNot yet.")
                    .dialogue("LIN XIAO", "Okay.")
                    .shot("1", b -> b.subjects("JIAYI", "LIN XIAO").shootingMinutes(20))
                    .shot("1A", b -> b.subjects("THIRD GIRL"))
                    .shot("1B", b -> b.subjects("DANA").shootingMinutes(15)))
            .scene("EXT. ALLEY - DAY", s -> s.number("2")
                    .dualDialogue(Dialogue.of("MOM", "Lin Xiao."), Dialogue.of("lin xiao", "Mom.")))
            .scene("INT. School Rooftop - STAIRWELL - NIGHT", s -> s.number("3").dialogue("DANA", "Hello?"))
            .build();

    @Test
    void scenesWithTheirShotsAndMinutes() {
        SceneReport report = SceneReport.of(PLAY);
        assertThat(report.rows()).hasSize(3);
        SceneReport.Row roof = report.rows().get(0);
        assertThat(roof.scene()).isEqualTo(new SceneRef(0, Optional.of("1"), "EXT. SCHOOL ROOFTOP - LATE AFTERNOON"));
        assertThat(roof.location()).isEqualTo("SCHOOL ROOFTOP");
        assertThat(roof.interiorExterior()).contains("EXT");
        assertThat(roof.timeOfDay()).contains("LATE AFTERNOON");
        assertThat(roof.shots()).isEqualTo(3);
        assertThat(roof.shootingMinutes()).isEqualTo(35);
        assertThat(roof.unestimatedShots()).isEqualTo(1);
        assertThat(roof.pageEighths()).isEmpty();
        assertThat(roof.screenTime()).isEmpty();
        assertThat(report.rows().get(2).interiorExterior()).contains("INT");
        assertThat(report.shots()).isEqualTo(3);
        assertThat(report.shootingMinutes()).isEqualTo(35);
    }

    @Test
    void scenesTakeTheirLengthFromPagination() {
        SceneReport report = SceneReport.of(PLAY, List.of(11, 8));
        assertThat(report.rows()).extracting(SceneReport.Row::pageEighths)
                .containsExactly(OptionalInt.of(11), OptionalInt.of(8), OptionalInt.empty());
        assertThat(report.rows().get(1).screenTime()).contains(Duration.ofMinutes(1));
        assertThat(report.rows().get(0).screenTime()).contains(Duration.ofSeconds(82, 500_000_000));
    }

    @Test
    void castWithScenesAndDialogue() {
        CastReport report = CastReport.of(PLAY);
        assertThat(report.rows()).extracting(CastReport.Row::character)
                .containsExactly("MRS. SHEN", "JIAYI", "THIRD GIRL", "LIN XIAO", "DANA");
        CastReport.Row jiayi = report.rows().get(1);
        assertThat(jiayi.scenes()).extracting(SceneRef::index).containsExactly(0);
        assertThat(jiayi.dialogueBlocks()).isEqualTo(2);
        assertThat(jiayi.dialogueLines()).isEqualTo(3);
        assertThat(jiayi.words()).isEqualTo(9);
        CastReport.Row mom = report.rows().get(0);
        assertThat(mom.scenes()).extracting(SceneRef::index).containsExactly(1);
        assertThat(mom.dialogueBlocks()).isEqualTo(1);
        CastReport.Row girl = report.rows().get(2);
        assertThat(girl.scenes()).extracting(SceneRef::index).containsExactly(0);
        assertThat(girl.dialogueBlocks()).isZero();
        CastReport.Row lin = report.rows().get(3);
        assertThat(lin.scenes()).extracting(SceneRef::index).containsExactly(0, 1);
        assertThat(lin.dialogueBlocks()).isEqualTo(2);
        assertThat(lin.words()).isEqualTo(2);
        assertThat(report.rows().get(4).scenes()).extracting(SceneRef::index).containsExactly(0, 2);
    }

    @Test
    void locationsWithTheirScenes() {
        LocationReport report = LocationReport.of(PLAY);
        assertThat(report.rows()).extracting(LocationReport.Row::location).containsExactly("SCHOOL ROOFTOP", "ALLEY");
        LocationReport.Row roof = report.rows().get(0);
        assertThat(roof.scenes()).extracting(SceneRef::number).containsExactly(Optional.of("1"), Optional.of("3"));
        assertThat(roof.subLocations()).containsExactly("STAIRWELL");
        assertThat(LocationReport.of(Screenplay.builder().scene("INT.", s -> { }).build()).rows()).isEmpty();
    }

    @Test
    void scenesHaveTheirDayOrNightAndLocationsTheirSubLocations() {
        Screenplay play = Screenplay.builder()
                .scene("INT. HOUSE - KITCHEN - NIGHT", s -> s.action("Dark."))
                .scene("INT. HOUSE - HALL - CONTINUOUS", s -> s.action("Still dark."))
                .scene("EXT. HOUSE - DUSK (FLASHBACK)", s -> s.action("Long ago."))
                .scene("INT. HOUSE - KITCHEN - MORNING", s -> s.action("Light."))
                .build();
        assertThat(SceneReport.of(play).rows()).extracting(r -> r.dayNight().map(Enum::name).orElse(""))
                .containsExactly("NIGHT", "NIGHT", "NIGHT", "DAY");
        assertThat(SceneReport.of(play).rows().get(2).timeOfDay()).contains("DUSK");
        assertThat(ShotList.of(play, ShotListOrder.SCRIPT).sections()).extracting(ShotList.SceneSection::dayNight)
                .extracting(d -> d.map(Enum::name).orElse("")).containsExactly("NIGHT", "NIGHT", "NIGHT", "DAY");
        LocationReport locations = LocationReport.of(play);
        assertThat(locations.rows()).extracting(LocationReport.Row::location).containsExactly("HOUSE");
        assertThat(locations.rows().get(0).subLocations()).containsExactly("KITCHEN", "HALL");
        assertThat(locations.rows().get(0).scenes()).hasSize(4);
    }
}
