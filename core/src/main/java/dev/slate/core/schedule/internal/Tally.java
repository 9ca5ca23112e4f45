package dev.slate.core.schedule.internal;

import dev.slate.core.shot.Setups;
import dev.slate.core.shot.Shot;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.Schedule;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.schedule.ShootingDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Adds up a schedule, day by day, in shooting order: what {@link ScheduleReport} documents. */
public final class Tally {

    private final Breakdown breakdown;
    private final ScheduleRates rates;
    private final Set<String> lit = new HashSet<>();
    private final Set<Integer> paged = new HashSet<>();

    private Tally(Breakdown breakdown, ScheduleRates rates) {
        this.breakdown = breakdown;
        this.rates = rates;
    }

    /** The report of a schedule. */
    public static ScheduleReport report(Breakdown breakdown, Schedule schedule, ScheduleRates rates) {
        Tally tally = new Tally(breakdown, rates);
        List<ScheduleReport.Day> days = new ArrayList<>();
        for (ShootingDay day : schedule.days()) {
            days.add(tally.day(day));
        }
        int eighths = days.stream().mapToInt(ScheduleReport.Day::eighths).sum();
        int moves = days.stream().mapToInt(ScheduleReport.Day::moves).sum();
        int worked = days.stream().mapToInt(d -> d.cast().size()).sum();
        return new ScheduleReport(days, eighths, moves, worked, spans(days) - worked);
    }

    /** For each cast member, their first to last working day, summed. */
    public static int spans(List<ScheduleReport.Day> days) {
        Map<Integer, int[]> spans = new TreeMap<>();
        for (int d = 0; d < days.size(); d++) {
            for (int cast : days.get(d).cast()) {
                int day = d;
                spans.computeIfAbsent(cast, k -> new int[] {day, day})[1] = day;
            }
        }
        return spans.values().stream().mapToInt(s -> s[1] - s[0] + 1).sum();
    }

    private ScheduleReport.Day day(ShootingDay day) {
        List<ScheduleReport.Line> lines = new ArrayList<>();
        LocalTime clock = day.callOrDefault();
        int eighths = 0;
        int setups = 0;
        int shooting = 0;
        int setupMinutes = 0;
        int move = 0;
        int meal = 0;
        Set<String> scenes = new LinkedHashSet<>();
        Set<Integer> cast = new TreeSet<>();
        Set<String> locations = new LinkedHashSet<>();
        int moves = 0;
        String lastLocation = null;
        for (DayEntry entry : day.entries()) {
            ScheduleReport.Line line = line(entry, clock);
            lines.add(line);
            clock = clock.plusMinutes(line.minutes());
            if (entry instanceof DayEntry.MealBreak) {
                meal += line.shootingMinutes();
            } else if (entry instanceof DayEntry.CompanyMove) {
                move += line.shootingMinutes();
            } else {
                eighths += line.eighths();
                setups += line.setups();
                shooting += line.shootingMinutes();
                setupMinutes += line.setupMinutes();
                scenes.add(((DayEntry.SceneWork) entry).scene());
                if (line.scene().isPresent()) {
                    Breakdown.Scene scene = line.scene().get();
                    cast.addAll(scene.cast());
                    locations.add(scene.location());
                    if (lastLocation != null && !lastLocation.equals(scene.location())) {
                        moves++;
                    }
                    lastLocation = scene.location();
                }
            }
        }
        return new ScheduleReport.Day(day, lines, eighths, List.copyOf(scenes), setups, shooting, setupMinutes, move,
                meal, List.copyOf(cast), List.copyOf(locations), moves);
    }

    private ScheduleReport.Line line(DayEntry entry, LocalTime start) {
        if (entry instanceof DayEntry.MealBreak m) {
            return new ScheduleReport.Line(entry, Optional.empty(), List.of(), start, 0, false, 0, m.minutes(), 0,
                    List.of());
        }
        if (entry instanceof DayEntry.CompanyMove m) {
            return new ScheduleReport.Line(entry, Optional.empty(), List.of(), start, 0, false, 0, m.minutes(), 0,
                    List.of());
        }
        DayEntry.SceneWork work = (DayEntry.SceneWork) entry;
        Optional<Breakdown.Scene> found = breakdown.scene(work.scene());
        if (found.isEmpty()) {
            return new ScheduleReport.Line(entry, found, List.of(), start, 0, false, 0, work.minutes().orElse(0), 0,
                    List.of());
        }
        Breakdown.Scene scene = found.get();
        List<Shot> shots = EntryShots.of(scene, work);
        boolean part = !work.isWhole() && shots.size() < scene.shots().size();
        int eighths = paged.add(scene.index()) ? scene.eighths() : 0;
        int setups = 0;
        int setupMinutes = 0;
        List<Setups.Setup> bySetup = new ArrayList<>();
        for (Setups.Setup setup : EntryShots.setups(scene, shots)) {
            // A setup of only cut shots is never lit.
            boolean allCut = setup.shots().stream().allMatch(Setups::isCut);
            if (!allCut && lit.add(EntryShots.setupKey(scene, setup.shots().get(0)))) {
                setups++;
                setupMinutes += setup.setupMinutes().orElse(0);
                bySetup.add(setup);
            } else {
                bySetup.add(new Setups.Setup(setup.id(), setup.shots(), Optional.empty(), setup.shootingMinutes()));
            }
        }
        int shooting;
        if (work.minutes().isPresent()) {
            shooting = work.minutes().getAsInt();
            setupMinutes = 0;
            // Minutes written by hand replace the estimate, setups' included.
            bySetup.replaceAll(s -> new Setups.Setup(s.id(), s.shots(), Optional.empty(), s.shootingMinutes()));
        } else if (EntryShots.estimated(scene)) {
            shooting = Setups.totals(shots).shootingMinutes(); // cut shots count nothing
        } else if (part && !scene.shots().isEmpty()) {
            shooting = (int) Math.ceil(rates.minutesFor(scene.eighths()) * (double) shots.size() / scene.shots().size());
        } else {
            shooting = rates.minutesFor(scene.eighths());
        }
        return new ScheduleReport.Line(entry, found, shots, start, eighths, part, setups, shooting, setupMinutes,
                Setups.shootingOrder(bySetup));
    }
}
