package dev.slate.core.report;

import dev.slate.core.shot.Setups;
import dev.slate.core.Screenplay;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.shot.Shot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups a shot list by shooting day, as the script's schedule plans it: each day's scene entries in
 * order, with the shots, setups and minutes {@link ScheduleReport} gives them, so that the list and
 * the schedule's papers agree; then what no day schedules.
 */
final class ShotListDays {

    private ShotListDays() {
    }

    /** The days, from the script-order sections (one a scene, by index). */
    static List<ShotList.Day> of(Screenplay screenplay, List<ShotList.SceneSection> scenes) {
        ScheduleReport report = ScheduleReport.of(Breakdown.of(screenplay), ScheduleNotes.read(screenplay).schedule(),
                ScheduleRates.DEFAULT);
        List<ShotList.Day> days = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        Set<Shot> scheduled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ScheduleReport.Day day : report.days()) {
            List<ShotList.SceneSection> sections = new ArrayList<>();
            for (ScheduleReport.Line line : day.lines()) {
                if (line.scene().isEmpty()) {
                    continue; // a meal, a move, or a scene the script does not have (the check reports it)
                }
                ShotList.SceneSection scene = scenes.get(line.scene().get().index());
                List<Shot> shots = line.bySetup().stream().flatMap(s -> s.shots().stream()).toList();
                scheduled.addAll(shots);
                sections.add(section(scene, shots, line.bySetup(),
                        new Setups.Totals(shots.size(), line.setupMinutes(), line.shootingMinutes()),
                        !listed.add(scene.sceneIndex())));
            }
            days.add(new ShotList.Day(Optional.of(day), report.days().size(), sections, sum(sections)));
        }
        List<ShotList.SceneSection> rest = new ArrayList<>();
        for (ShotList.SceneSection scene : scenes) {
            if (!listed.contains(scene.sceneIndex())) {
                rest.add(scene);
                continue;
            }
            List<Setups.Setup> left = new ArrayList<>();
            for (Setups.Setup setup : scene.setups()) {
                List<Shot> shots = setup.shots().stream().filter(s -> !scheduled.contains(s)).toList();
                if (!shots.isEmpty()) {
                    // A setup lit on a scheduled day needs no lighting again for its last shots.
                    boolean lit = shots.size() < setup.shots().size();
                    left.add(new Setups.Setup(setup.id(), shots, lit ? Optional.empty() : setup.setupMinutes(),
                            Setups.totals(shots).shootingMinutes()));
                }
            }
            if (!left.isEmpty()) {
                List<Shot> shots = left.stream().flatMap(s -> s.shots().stream()).toList();
                int setupMinutes = left.stream().mapToInt(s -> s.setupMinutes().orElse(0)).sum();
                int shooting = left.stream().mapToInt(Setups.Setup::shootingMinutes).sum();
                rest.add(section(scene, shots, left, new Setups.Totals(shots.size(), setupMinutes, shooting), true));
            }
        }
        if (!rest.isEmpty()) {
            days.add(new ShotList.Day(Optional.empty(), report.days().size(), rest, sum(rest)));
        }
        return days;
    }

    private static ShotList.SceneSection section(ShotList.SceneSection scene, List<Shot> shots, List<Setups.Setup> setups,
                                            Setups.Totals totals, boolean continued) {
        return new ShotList.SceneSection(scene.sceneIndex(), scene.scene(), scene.number(), scene.pageEighths(), shots,
                setups, totals, scene.dayNight(), scene.firstPage(), continued);
    }

    private static Setups.Totals sum(List<ShotList.SceneSection> sections) {
        return sections.stream().map(ShotList.SceneSection::totals).reduce(Setups.Totals.ZERO, Setups.Totals::plus);
    }
}
