package dev.slate.core.report;

import dev.slate.core.shot.Shot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.slate.core.report.ShotListColumn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShotListColumnTest {

    @Test
    void defaultsAreTheCrewOrderWithoutStoryboards() {
        assertThat(ShotListColumn.defaults()).containsExactly(TICK, SHOT, SIZE, FRAMING, ANGLE, MOVEMENT, LENS,
                SUBJECTS, DESCRIPTION, SETUP, SETUP_MINUTES, MINUTES, AUDIO, NOTES);
    }

    @Test
    void parsesNamesHeadersAndAliases() {
        assertThat(ShotListColumn.parseList("description, Shot,lens ,MIN.,cast,storyboard"))
                .containsExactly(DESCRIPTION, SHOT, LENS, MINUTES, SUBJECTS, STORYBOARD);
        assertThat(ShotListColumn.parse("done")).isEqualTo(TICK);
    }

    @Test
    void unknownRepeatedOrEmptyColumnsAreRefusedWithTheAcceptedNames() {
        assertThatThrownBy(() -> ShotListColumn.parseList("shot,colour"))
                .hasMessageContaining("unknown shot-list column 'colour'").hasMessageContaining("description");
        assertThatThrownBy(() -> ShotListColumn.parseList("shot,Shot")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> ShotListColumn.parseList(" , ")).hasMessageContaining("no shot-list columns");
    }

    @Test
    void cellsUseTheAbbreviationsCrewsWrite() {
        Shot shot = Shot.builder("10A").size("close up").framing("over the shoulder").angle("low angle")
                .move("dolly in slow").move("pan left").lens("24-70").subjects("DANA", "WILL").audio("mute")
                .shootingMinutes(12).setupMinutes(3).frameRate(48).vfx(true).rackFocus("DANA", "WILL").equipment("dolly")
                .props("phone").note("hold for the bus").storyboard("boards/10a.png").camera("B").priority("must")
                .status("pick-up").build();
        assertThat(List.of(ShotListColumn.values())).extracting(c -> c.cell(shot)).containsExactly("", "10A", "CU",
                "OTS", "low", "dolly in slow, pan left, rack focus DANA to WILL", "24-70mm", "DANA, WILL", "", "", "3",
                "12", "MOS", "", "phone", "48", "VFX", "", "B", "must", "pickup", "", "", "hold for the bus",
                "boards/10a.png");
    }

    @Test
    void notesTakeInOnlyTheFieldsWhoseColumnsAreNotShown() {
        Shot shot = Shot.builder("10A").move("dolly in").shootingMinutes(12).setupMinutes(3).frameRate(47.95).vfx(true)
                .equipment("dolly", "slider").props("phone").screenTime(java.time.Duration.ofSeconds(95))
                .note("hold for the bus").build();
        assertThat(NOTES.cell(shot, List.of(SHOT, NOTES))).isEqualTo(
                "setup 3 min; 47.95 fps; VFX; slider; props: phone; screen 1:35; hold for the bus");
        assertThat(NOTES.cell(shot, List.of(SHOT, GEAR, PROPS, NOTES)))
                .isEqualTo("setup 3 min; 47.95 fps; VFX; screen 1:35; hold for the bus");
        // the dolly is the move's: the gear column does not repeat it
        assertThat(GEAR.cell(shot)).isEqualTo("slider");
        assertThat(SCREEN_TIME.cell(shot)).isEqualTo("1:35");
        assertThat(ShotListColumn.parseList("rig,fps,setup time,screen time,effects"))
                .containsExactly(GEAR, FRAME_RATE, SETUP_MINUTES, SCREEN_TIME, VFX);
    }

    @Test
    void emptyShotHasEmptyCellsButItsNumber() {
        Shot shot = Shot.builder("3").build();
        assertThat(List.of(ShotListColumn.values())).extracting(c -> c.cell(shot))
                .containsExactly("", "3", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "");
    }

    @Test
    void writersRefuseAnEmptyOrRepeatedChoice() {
        assertThatThrownBy(() -> CsvShotListWriter.builder().columns(List.of()))
                .hasMessageContaining("at least one column");
        assertThatThrownBy(() -> CsvShotListWriter.builder().columns(List.of(SHOT, LENS, SHOT)))
                .hasMessageContaining("must not repeat");
        assertThat(ShotListColumn.checkedList(List.of(LENS, SHOT))).containsExactly(LENS, SHOT);
    }
}
