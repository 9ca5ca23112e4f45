package dev.slate.core.schedule;

import dev.slate.core.testing.SharedFolder;
import dev.slate.core.Problem;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class SchedulerTest {

    private static final Scheduler SCHEDULER = Scheduler.builder().build();

    @Test
    void everySceneAndShotIsScheduledExactlyOnce() {
        qt().withExamples(150).forAll(ScreenplayGen.sized(14, 8), integers().between(4, 14)).checkAssert((play, hours) -> {
            Breakdown breakdown = Breakdown.of(play);
            ScheduleRates rates = ScheduleRates.DEFAULT.withDayLength(Duration.ofHours(hours));
            Scheduler.Proposal proposal = Scheduler.builder().rates(rates).build().propose(breakdown, Schedule.EMPTY);
            Map<String, Integer> times = new HashMap<>();
            for (ScheduleReport.Day day : proposal.report().days()) {
                for (ScheduleReport.Line line : day.lines()) {
                    line.scene().ifPresent(scene -> {
                        DayEntry.SceneWork work = (DayEntry.SceneWork) line.entry();
                        if (work.isWhole()) {
                            times.merge("scene " + scene.index(), 1, Integer::sum);
                        }
                        for (Shot shot : line.shots()) {
                            times.merge(scene.index() + "/" + shot.number(), 1, Integer::sum);
                        }
                        if (!work.isWhole()) {
                            times.putIfAbsent("scene " + scene.index(), 1);
                        }
                    });
                }
            }
            for (Breakdown.Scene scene : breakdown.scenes()) {
                assertThat(times.get("scene " + scene.index())).as("scene " + scene.number()).isEqualTo(1);
                for (Shot shot : scene.shots()) {
                    assertThat(times.get(scene.index() + "/" + shot.number())).as("shot " + shot.number()).isEqualTo(1);
                }
            }
            List<Problem> problems = ScheduleCheck.of(breakdown, proposal.schedule(), List.of(), rates);
            assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo(ScheduleCodes.OVERTIME));
        });
    }

    @Test
    void noDayRunsOverUnlessOnePieceOfWorkIsLongerThanADay() {
        qt().withExamples(150).forAll(ScreenplayGen.sized(14, 8), integers().between(3, 14)).checkAssert((play, hours) -> {
            Breakdown breakdown = Breakdown.of(play);
            ScheduleRates rates = ScheduleRates.DEFAULT.withDayLength(Duration.ofHours(hours));
            Scheduler.Proposal proposal = Scheduler.builder().rates(rates).build().propose(breakdown, Schedule.EMPTY);
            for (ScheduleReport.Day day : proposal.report().days()) {
                if (day.overtime()) {
                    List<ScheduleReport.Line> work = day.lines().stream().filter(l -> l.scene().isPresent()).toList();
                    assertThat(work).as("day " + day.day().number()).hasSize(1);
                    ScheduleReport.Line only = work.get(0);
                    assertThat(only.shots().size()).as("an overlong piece cannot be split further").isLessThanOrEqualTo(1);
                }
                assertThat(day.minutes()).isEqualTo(day.lines().stream()
                        .mapToInt(ScheduleReport.Line::minutes).sum());
            }
            assertThat(proposal.report().eighths()).isEqualTo(breakdown.scenes().stream()
                    .mapToInt(Breakdown.Scene::eighths).sum());
        });
    }

    @Test
    void theSameScriptGivesTheSameProposal() {
        qt().withExamples(50).forAll(ScreenplayGen.sized(10, 6)).checkAssert(play -> {
            Breakdown breakdown = Breakdown.of(play);
            assertThat(SCHEDULER.propose(breakdown, Schedule.EMPTY)).isEqualTo(SCHEDULER.propose(Breakdown.of(play), Schedule.EMPTY));
        });
    }

    @Test
    void onlyTheUnscheduledWorkIsProposed() {
        Screenplay play = Screenplay.builder()
                .scene("INT. KITCHEN - DAY", s -> s.number("1").action("Tea.")
                        .shot("1", b -> b.setup("A").shootingMinutes(20)).shot("1A", b -> b.setup("B").shootingMinutes(20)))
                .scene("EXT. ALLEY - NIGHT", s -> s.number("2").action("Rain."))
                .scene("INT. KITCHEN - DAY", s -> s.number("3").action("More tea."))
                .build();
        Schedule existing = new Schedule(List.of(ShootingDay.of(1, List.of(DayEntry.SceneWork.shots("1", List.of("1A"))))));
        Scheduler.Proposal proposal = Scheduler.builder().start(LocalDate.of(2027, 3, 5))
                .skip(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).build().propose(Breakdown.of(play), existing);
        assertThat(proposal.added()).hasSize(2);
        ShootingDay kitchen = proposal.added().get(0);
        assertThat(kitchen.number()).isEqualTo(2);
        assertThat(kitchen.date()).contains(LocalDate.of(2027, 3, 5));
        assertThat(kitchen.entries()).containsExactly(DayEntry.SceneWork.shots("1", List.of("1")), DayEntry.SceneWork.whole("3"));
        ShootingDay night = proposal.added().get(1);
        assertThat(night.date()).as("Friday, then Monday").contains(LocalDate.of(2027, 3, 8));
        assertThat(night.entries()).containsExactly(DayEntry.SceneWork.whole("2"));
        assertThat(ScheduleCheck.of(Breakdown.of(play), proposal.schedule(), List.of(), ScheduleRates.DEFAULT)).isEmpty();
    }

    @Test
    void bigFishByThePageRateGroupsLocationsAndBeatsScriptOrder() throws IOException {
        Screenplay play = read(SharedFolder.resolve("corpus/fountain/big-fish.fountain"));
        Breakdown breakdown = Breakdown.of(play);
        assertThat(breakdown.scenes()).allSatisfy(s -> assertThat(s.shots()).isEmpty());
        Scheduler.Proposal proposal = SCHEDULER.propose(breakdown, Schedule.EMPTY);
        ScheduleReport proposed = proposal.report();
        ScheduleReport script = proposal.scriptOrder();

        int pages = (breakdown.scenes().stream().mapToInt(Breakdown.Scene::eighths).sum() + 7) / 8;
        // About 3 pages a day at the page rate, a few more days where a location does not fill its day.
        assertThat(proposed.days().size()).isBetween(pages / 3, pages / 3 + 3 * 3 + 12);
        assertThat(proposed.days().size()).isLessThanOrEqualTo(script.days().size());
        assertThat(proposed.moves()).isLessThan(script.moves());
        assertThat(proposed.castDays()).isLessThan(script.castDays());
        assertThat(proposed.eighths()).isEqualTo(script.eighths());
        // At 3 pages a day, a scene of more than about 3 pages runs over a day of its own.
        assertThat(proposed.days()).filteredOn(ScheduleReport.Day::overtime)
                .allSatisfy(d -> assertThat(d.scenes()).hasSize(1));
    }

    static Screenplay read(Path file) throws IOException {
        return FountainReader.create().read(Files.readString(file, StandardCharsets.UTF_8)).screenplay();
    }
}
