package dev.slate.core.report;

import dev.slate.core.shot.Setups;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.Schedule;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.schedule.Scheduler;
import dev.slate.core.schedule.ShootingDay;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The shot list by shooting day: grouped as the script's schedule plans it, with the schedule's totals. */
class ShotListByDayTest {

    private static final Screenplay PLAY = Screenplay.builder()
            .scene(Scene.builder("EXT. ROOFTOP - DAY").number("4")
                    .shot("4", s -> s.size("WS").setup("A").shootingMinutes(10))
                    .shot("4A", s -> s.size("CU").setup("B").shootingMinutes(5))
                    .shot("4B", s -> s.size("MCU").setup("A").shootingMinutes(4).setupMinutes(20))
                    .shot("4C", s -> s.size("insert").shootingMinutes(3))
                    .build())
            .scene(Scene.builder("INT. STAIRWELL - NIGHT").number("5")
                    .shot("5", s -> s.size("WS").setup("A").setupMinutes(15).shootingMinutes(6))
                    .build())
            .scene(Scene.builder("EXT. STREET - DAY").number("6")
                    .shot("6", s -> s.size("WS").shootingMinutes(8))
                    .build())
            .build();

    private static final Screenplay SCHEDULED = ScheduleNotes.append(PLAY, List.of(
            new ShootingDay(1, Optional.of(LocalDate.of(2027, 3, 1)), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(new DayEntry.SceneWork("4", List.of("4", "4A"), List.of(),
                            OptionalInt.empty()), DayEntry.SceneWork.whole("5"))),
            ShootingDay.of(2, List.of(DayEntry.SceneWork.shots("4", List.of("4B"))))));

    private static List<String> numbers(ShotList.Day day) {
        return day.sections().stream().flatMap(s -> s.shots().stream()).map(Shot::number).toList();
    }

    @Test
    void shotsFollowTheDaysThenWhatNoDaySchedules() {
        ShotList list = ShotList.of(SCHEDULED, ShotListOrder.DAY);
        assertThat(list.days()).hasSize(3);
        assertThat(numbers(list.days().get(0))).containsExactly("4", "4A", "5");
        assertThat(numbers(list.days().get(1))).containsExactly("4B");
        assertThat(numbers(list.days().get(2))).containsExactly("4C", "6");
        assertThat(list.sections()).extracting(ShotList.SceneSection::number).containsExactly("4", "5", "4", "4", "6");
        assertThat(list.sections()).extracting(ShotList.SceneSection::continued)
                .containsExactly(false, false, true, true, false);
    }

    @Test
    void aSetupIsCountedOnTheDayThatLightsItWithTheScenesEstimate() {
        ShotList list = ShotList.of(SCHEDULED, ShotListOrder.DAY);
        // Setup A's 20 minutes are written on 4B, shot on day 2, but day 1 lights setup A for shot 4.
        assertThat(list.days().get(0).sections().get(0).totals()).isEqualTo(new Setups.Totals(2, 20, 15));
        assertThat(list.days().get(0).totals()).isEqualTo(new Setups.Totals(3, 35, 21));
        assertThat(list.days().get(1).totals()).isEqualTo(new Setups.Totals(1, 0, 4));
        assertThat(list.days().get(1).sections().get(0).setups()).singleElement()
                .satisfies(s -> assertThat(s.setupMinutes()).isEmpty());
        assertThat(list.totals().totalMinutes()).isEqualTo(Setups.totals(PLAY.scenes().get(0).shots())
                .plus(Setups.totals(PLAY.scenes().get(1).shots())).plus(Setups.totals(PLAY.scenes().get(2).shots()))
                .totalMinutes());
    }

    @Test
    void theDayHeadingNamesTheDayOfHowManyItsDateLocationsPagesAndWrap() {
        ShotList list = ShotList.of(SCHEDULED, ShotListOrder.DAY);
        assertThat(list.days().get(0).heading())
                .startsWith("Day 1 of 2 \u2014 2027-03-01  \u00b7  call 07:00  \u00b7  ROOFTOP, STAIRWELL  \u00b7  ")
                .contains("wrap 07:56");
        assertThat(list.days().get(1).name()).isEqualTo("Day 2");
        assertThat(list.days().get(2).heading()).isEqualTo("Not scheduled");
    }

    @Test
    void withoutAScheduleEveryShotIsNotScheduled() {
        ShotList list = ShotList.of(PLAY, ShotListOrder.DAY);
        assertThat(list.days()).singleElement().satisfies(d -> assertThat(d.report()).isEmpty());
        assertThat(list.sections()).extracting(ShotList.SceneSection::continued).containsOnly(false);
        assertThat(list.totals()).isEqualTo(ShotList.of(PLAY, ShotListOrder.SCRIPT).totals());
    }

    @Test
    void aProposedScheduleListsEveryShotOnceAndEachDayAddsUpAsTheScheduleDoes() {
        qt().withExamples(60).forAll(ScreenplayGen.sized(10, 6)).checkAssert(play -> {
            Schedule proposed = Scheduler.builder().build().propose(Breakdown.of(play), Schedule.EMPTY).schedule();
            Screenplay scheduled = ScheduleNotes.append(play, proposed.days());
            ShotList list = ShotList.of(scheduled, ShotListOrder.DAY);
            ScheduleReport report = ScheduleReport.of(Breakdown.of(scheduled), proposed, ScheduleRates.DEFAULT);

            Map<String, Integer> listed = new HashMap<>();
            list.sections().forEach(s -> s.shots().forEach(shot ->
                    listed.merge(s.sceneIndex() + "/" + shot.number(), 1, Integer::sum)));
            int shots = 0;
            for (int i = 0; i < play.scenes().size(); i++) {
                for (Shot shot : play.scenes().get(i).shots()) {
                    assertThat(listed.get(i + "/" + shot.number())).as("scene %d shot %s", i, shot.number()).isEqualTo(1);
                    shots++;
                }
            }
            assertThat(list.totals().shots()).isEqualTo(shots);
            assertThat(list.days()).hasSize(report.days().size());
            for (int d = 0; d < report.days().size(); d++) {
                ScheduleReport.Day day = report.days().get(d);
                assertThat(list.days().get(d).totals().setupMinutes()).isEqualTo(day.setupMinutes());
                assertThat(list.days().get(d).totals().shootingMinutes()).isEqualTo(day.shootingMinutes());
            }
        });
    }
}
