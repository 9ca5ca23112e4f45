package dev.slate.core.schedule.internal;

import dev.slate.core.shot.Setups;
import dev.slate.core.shot.Shot;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.Schedule;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ShootingDay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of work to schedule: a scene, or the shots of it still to do, with its estimated minutes
 * (never less than the report will count for it).
 *
 * @param scene   the scene
 * @param entry   the entry that schedules it
 * @param shots   the shots it shoots
 * @param minutes its minutes, setups included
 */
public record Work(Breakdown.Scene scene, DayEntry.SceneWork entry, List<Shot> shots, int minutes) {

    /** The work of the breakdown that the schedule leaves undone, in script order. */
    public static List<Work> unscheduled(Breakdown breakdown, Schedule existing, ScheduleRates rates) {
        Set<Integer> whole = new HashSet<>();
        Set<String> shotsDone = new HashSet<>();
        for (ShootingDay day : existing.days()) {
            for (DayEntry entry : day.entries()) {
                if (!(entry instanceof DayEntry.SceneWork work)) {
                    continue;
                }
                Optional<Breakdown.Scene> scene = breakdown.scene(work.scene());
                if (scene.isEmpty()) {
                    continue;
                }
                if (work.isWhole()) {
                    whole.add(scene.get().index());
                }
                EntryShots.of(scene.get(), work).forEach(s -> shotsDone.add(scene.get().index() + "/" + s.number()));
            }
        }
        List<Work> out = new ArrayList<>();
        for (Breakdown.Scene scene : breakdown.scenes()) {
            if (whole.contains(scene.index())) {
                continue;
            }
            List<Shot> remaining = new ArrayList<>();
            scene.shots().stream().filter(s -> !shotsDone.contains(scene.index() + "/" + s.number())).forEach(remaining::add);
            if (remaining.size() == scene.shots().size()) {
                out.add(new Work(scene, DayEntry.SceneWork.whole(scene.number()), scene.shots(),
                        minutes(scene, scene.shots(), true, rates)));
            } else if (!remaining.isEmpty()) {
                out.add(part(scene, remaining, rates));
            }
        }
        return out;
    }

    /** The work of some shots of a scene. */
    public static Work part(Breakdown.Scene scene, List<Shot> shots, ScheduleRates rates) {
        return new Work(scene, DayEntry.SceneWork.shots(scene.number(), shots.stream().map(Shot::number).toList()),
                shots, minutes(scene, shots, false, rates));
    }

    /** Minutes of shots of a scene: their estimates and their setups', else the page rate (shared by shots). */
    static int minutes(Breakdown.Scene scene, List<Shot> shots, boolean whole, ScheduleRates rates) {
        if (EntryShots.estimated(scene)) {
            int minutes = 0;
            for (Setups.Setup setup : EntryShots.setups(scene, shots)) {
                minutes += setup.totalMinutes();
            }
            return minutes;
        }
        if (whole || scene.shots().isEmpty()) {
            return rates.minutesFor(scene.eighths());
        }
        return (int) Math.ceil(rates.minutesFor(scene.eighths()) * (double) shots.size() / scene.shots().size());
    }

    /** Whether it is night work. */
    public boolean night() {
        return scene.night();
    }

    /**
     * The work in the order the proposal starts from, one list a location: day work, then night work;
     * within each, locations one after the other, the next being the one that shares most cast with the last (ties: the most
     * minutes, then the first in the script); within a location, exteriors first, then script order.
     */
    public static List<List<Work>> grouped(List<Work> work) {
        List<List<Work>> out = new ArrayList<>();
        for (boolean night : new boolean[] {false, true}) {
            Map<String, List<Work>> byLocation = new LinkedHashMap<>();
            for (Work w : work) {
                if (w.night() == night) {
                    byLocation.computeIfAbsent(w.scene().location(), k -> new ArrayList<>()).add(w);
                }
            }
            List<List<Work>> groups = new ArrayList<>(byLocation.values());
            groups.forEach(g -> g.sort(Comparator.comparingInt(Work::exteriorRank).thenComparingInt(w -> w.scene().index())));
            Set<Integer> cast = new HashSet<>();
            while (!groups.isEmpty()) {
                List<Work> next = groups.get(0);
                for (List<Work> g : groups) {
                    if (better(g, next, cast)) {
                        next = g;
                    }
                }
                groups.remove(next);
                out.add(next);
                cast = castOf(next);
            }
        }
        return out;
    }

    private int exteriorRank() {
        return scene.interiorExterior().map(p -> p.equals("EXT") ? 0 : p.equals("INT/EXT") ? 1 : 2).orElse(3);
    }

    private static boolean better(List<Work> a, List<Work> b, Set<Integer> cast) {
        int shareA = shared(a, cast);
        int shareB = shared(b, cast);
        if (shareA != shareB) {
            return shareA > shareB;
        }
        int minutesA = a.stream().mapToInt(Work::minutes).sum();
        int minutesB = b.stream().mapToInt(Work::minutes).sum();
        if (minutesA != minutesB) {
            return minutesA > minutesB;
        }
        return a.get(0).scene().index() < b.get(0).scene().index();
    }

    private static int shared(List<Work> group, Set<Integer> cast) {
        Set<Integer> mine = castOf(group);
        mine.retainAll(cast);
        return mine.size();
    }

    private static Set<Integer> castOf(List<Work> group) {
        Set<Integer> cast = new HashSet<>();
        group.forEach(w -> cast.addAll(w.scene().cast()));
        return cast;
    }
}
