package dev.slate.core.report;

import dev.slate.core.shot.Setups;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.shot.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cut shot still prints but counts no minutes, in every total a day is booked from. */
class CutShotsTest {

    /**
     * Setup A: 20 min to light, 1 (10 min) and the cut 1A (5 min). Setup B (15 min) holds only the
     * cut 1B (3 min). Counted: setup 20, shooting 10.
     */
    static final String SCRIPT = """
            EXT. ROOF - DAY #1#

            [[SHOT 1: WS | the roof | setup A, 20 min | 10 min]]

            Rain on the concrete.

            [[SHOT 1A: CU | her hand | setup A | 5 min | status: cut]]

            Her fist clenches.

            [[SHOT 1B: CU | her face | setup B, 15 min | 3 min | status: cut]]

            She turns.

            [[DAY 1: 2027-03-01 | scene 1]]
            """;

    private static final Screenplay PLAY = FountainReader.create().read(SCRIPT).screenplay();

    @Test
    void aCutShotCountsNoShootingMinutesAndASetupOfOnlyCutShotsNoSetupMinutes() {
        assertThat(PLAY.scenes().get(0).shots()).extracting(s -> s.status().orElse(Status.PLANNED))
                .containsExactly(Status.PLANNED, Status.CUT, Status.CUT);
        assertThat(Setups.of(PLAY.scenes().get(0).shots())).extracting(Setups.Setup::totalMinutes).containsExactly(30, 0);
        assertThat(Setups.totals(PLAY.scenes().get(0).shots())).isEqualTo(new Setups.Totals(3, 20, 10));
    }

    @Test
    void theShotListTheStatsAndTheScheduleAgree() {
        Setups.Totals expected = new Setups.Totals(3, 20, 10);
        assertThat(ShotList.of(PLAY, ShotListOrder.SCRIPT).totals()).isEqualTo(expected);
        assertThat(ShotList.of(PLAY, ShotListOrder.SETUP).sections().get(0).totals()).isEqualTo(expected);
        ShotList byDay = ShotList.of(PLAY, ShotListOrder.DAY);
        assertThat(byDay.days().get(0).totals()).isEqualTo(expected);
        SceneReport stats = SceneReport.of(PLAY);
        assertThat(stats.setupMinutes()).isEqualTo(20);
        assertThat(stats.shootingMinutes()).isEqualTo(10);
        ScheduleReport schedule = ScheduleReport.of(Breakdown.of(PLAY), ScheduleNotes.read(PLAY).schedule(),
                ScheduleRates.DEFAULT);
        assertThat(schedule.days().get(0).setupMinutes()).isEqualTo(20);
        assertThat(schedule.days().get(0).shootingMinutes()).isEqualTo(10);
    }

    @Test
    void aCutShotOfALitSetupLeavesTheSetupsEstimateCounted() {
        Screenplay play = FountainReader.create().read(SCRIPT.replace("10 min]]", "10 min | status: cut]]")
                .replace("setup A | 5 min | status: cut", "setup A | 5 min")).screenplay();
        // 1, which writes the setup estimate, is cut; 1A still needs setup A lit.
        assertThat(Setups.totals(play.scenes().get(0).shots())).isEqualTo(new Setups.Totals(3, 20, 5));
    }
}
