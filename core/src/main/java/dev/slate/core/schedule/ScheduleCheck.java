package dev.slate.core.schedule;

import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.SourceMap;
import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.EntryShots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problems of a schedule, each at its day note's line and column: a scene or shot scheduled
 * twice or never, a day longer than planned, a change of location without a company move, a shot
 * scheduled before the entry that lights its setup, a scene or shot the script does not have. A
 * screenplay without day notes has no schedule and no schedule problems.
 *
 * @since 0.1.0
 */
public final class ScheduleCheck {

    private final Breakdown breakdown;
    private final List<ScheduleNotes.Place> places;
    private final List<Problem> problems = new ArrayList<>();

    private ScheduleCheck(Breakdown breakdown, List<ScheduleNotes.Place> places) {
        this.breakdown = breakdown;
        this.places = places;
    }

    /** Every problem of the screenplay's schedule, the malformed notes first. */
    public static List<Problem> of(Screenplay screenplay, SourceMap sources) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(sources, "sources");
        ScheduleNotes.Read read = ScheduleNotes.read(screenplay, sources);
        if (read.schedule().isEmpty() && read.problems().isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(of(Breakdown.of(screenplay), read.schedule(), read.places(), ScheduleRates.DEFAULT));
        return List.copyOf(problems);
    }

    /**
     * The problems of a schedule of a breakdown; {@code places} gives where each day is written (one
     * a day), or is empty for a schedule not read from a script.
     */
    public static List<Problem> of(Breakdown breakdown, Schedule schedule, List<ScheduleNotes.Place> places,
                                   ScheduleRates rates) {
        Checks.notNull(breakdown, "breakdown");
        Checks.notNull(schedule, "schedule");
        Checks.listOf(places, "places");
        Checks.notNull(rates, "rates");
        if (schedule.isEmpty()) {
            return List.of();
        }
        ScheduleCheck check = new ScheduleCheck(breakdown, places);
        check.run(schedule, ScheduleReport.of(breakdown, schedule, rates));
        return List.copyOf(check.problems);
    }

    private void run(Schedule schedule, ScheduleReport report) {
        Map<Integer, Integer> dayNumbers = new HashMap<>();
        Map<Integer, String> wholeScenes = new HashMap<>();
        Map<String, String> shots = new HashMap<>();
        Map<String, Integer> lightsAt = new HashMap<>();
        Map<Integer, String> partScenes = new HashMap<>();
        int order = 0;
        Map<String, Integer> shotAt = new HashMap<>();
        Map<String, Shot> shotOf = new HashMap<>();
        for (int d = 0; d < schedule.days().size(); d++) {
            ShootingDay day = schedule.days().get(d);
            Integer earlier = dayNumbers.putIfAbsent(day.number(), d);
            if (earlier != null) {
                warn(ScheduleCodes.DUPLICATE_DAY, "day " + day.number() + " is planned twice; number the days 1, 2, 3...", d, 0);
            }
            String lastLocation = null;
            boolean moved = false;
            for (DayEntry entry : day.entries()) {
                order++;
                if (entry instanceof DayEntry.CompanyMove) {
                    moved = true;
                    continue;
                }
                if (!(entry instanceof DayEntry.SceneWork work)) {
                    continue;
                }
                Optional<Breakdown.Scene> found = breakdown.scene(work.scene());
                if (found.isEmpty()) {
                    error(ScheduleCodes.UNKNOWN_SCENE, "day " + day.number() + " schedules scene " + work.scene()
                            + ", which the script does not have; write a scene number as the script numbers it", d, work);
                    continue;
                }
                Breakdown.Scene scene = found.get();
                if (lastLocation != null && !lastLocation.equals(scene.location()) && !moved) {
                    warn(ScheduleCodes.MISSING_MOVE, "day " + day.number() + " goes from " + lastLocation + " to "
                            + scene.location() + " for scene " + scene.number()
                            + " without a company move; add 'move 30 min' before it", d, work);
                }
                lastLocation = scene.location();
                moved = false;
                unknownParts(day, d, work, scene);
                String where = "day " + day.number();
                twice(work, scene, where, d, wholeScenes, partScenes, shots);
                for (Shot shot : EntryShots.of(scene, work)) {
                    String key = scene.number() + "/" + shot.number();
                    shots.putIfAbsent(key, where);
                    if (!work.setups().isEmpty() || work.isWhole()) {
                        lightsAt.putIfAbsent(EntryShots.setupKey(scene, shot), order);
                    } else {
                        shotAt.putIfAbsent(key, order);
                        shotOf.put(key, shot);
                    }
                }
            }
        }
        setupsAfterShots(schedule, shotAt, shotOf, lightsAt);
        neverScheduled(shots, wholeScenes, schedule.days().size() - 1);
        for (int d = 0; d < report.days().size(); d++) {
            ScheduleReport.Day day = report.days().get(d);
            if (day.overtime()) {
                warn(ScheduleCodes.OVERTIME, "day " + day.day().number() + " takes " + hours(day.minutes()) + " of its "
                        + hours((int) day.day().lengthOrDefault().toMinutes())
                        + "; move work to another day or plan a longer day", d, 0);
            }
        }
    }

    private void twice(DayEntry.SceneWork work, Breakdown.Scene scene, String where, int d,
                       Map<Integer, String> wholeScenes, Map<Integer, String> partScenes, Map<String, String> shots) {
        String whole = wholeScenes.get(scene.index());
        if (work.isWhole()) {
            String part = partScenes.get(scene.index());
            if (whole != null) {
                warn(ScheduleCodes.SCHEDULED_TWICE, "scene " + scene.number() + " is scheduled on " + whole
                        + " and again on " + where + "; keep one, or schedule its shots apart", d, work);
            } else if (part != null) {
                warn(ScheduleCodes.SCHEDULED_TWICE, "scene " + scene.number() + " is scheduled in part on " + part
                        + " and whole on " + where + "; schedule only the shots still to do", d, work);
            }
            wholeScenes.putIfAbsent(scene.index(), where);
            return;
        }
        partScenes.putIfAbsent(scene.index(), where);
        if (whole != null) {
            warn(ScheduleCodes.SCHEDULED_TWICE, "scene " + scene.number() + " is scheduled whole on " + whole
                    + " and in part on " + where + "; keep one", d, work);
            return;
        }
        for (Shot shot : EntryShots.of(scene, work)) {
            String before = shots.get(scene.number() + "/" + shot.number());
            if (before != null) {
                warn(ScheduleCodes.SCHEDULED_TWICE, "shot " + shot.number() + " of scene " + scene.number()
                        + " is scheduled on " + before + " and again on " + where + "; keep one", d, work);
            }
        }
    }

    /** A shot scheduled on its own before the entry that lights its setup (a setup or whole-scene entry). */
    private void setupsAfterShots(Schedule schedule, Map<String, Integer> shotAt, Map<String, Shot> shotOf,
                                  Map<String, Integer> lightsAt) {
        for (Map.Entry<String, Integer> e : shotAt.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            String key = e.getKey();
            String sceneNumber = key.substring(0, key.indexOf('/'));
            Breakdown.Scene scene = breakdown.scene(sceneNumber).orElseThrow();
            Shot shot = shotOf.get(key);
            Integer lit = lightsAt.get(EntryShots.setupKey(scene, shot));
            if (lit != null && lit > e.getValue() && shot.setup().isPresent()) {
                int[] where = locate(schedule, e.getValue());
                warn(ScheduleCodes.SHOT_BEFORE_SETUP, "shot " + shot.number() + " of scene " + scene.number()
                        + " is scheduled before setup " + shot.setup().get() + " is lit for it; move it after the setup",
                        where[0], (DayEntry) schedule.days().get(where[0]).entries().get(where[1]));
            }
        }
    }

    private static int[] locate(Schedule schedule, int order) {
        int n = 0;
        for (int d = 0; d < schedule.days().size(); d++) {
            for (int e = 0; e < schedule.days().get(d).entries().size(); e++) {
                if (++n == order) {
                    return new int[] {d, e};
                }
            }
        }
        throw new IllegalStateException("no entry " + order);
    }

    private void neverScheduled(Map<String, String> shots, Map<Integer, String> wholeScenes, int lastDay) {
        for (Breakdown.Scene scene : breakdown.scenes()) {
            if (wholeScenes.containsKey(scene.index())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            boolean any = false;
            for (Shot shot : scene.shots()) {
                if (shots.containsKey(scene.number() + "/" + shot.number())) {
                    any = true;
                } else {
                    missing.add(shot.number());
                }
            }
            if (!any) {
                problems.add(Problem.warning(ScheduleCodes.NOT_SCHEDULED, "scene " + scene.number()
                        + " is not scheduled; add it to a day: [[DAY n | scene " + scene.number() + "]]",
                        Location.scene(scene.index())));
            } else if (!missing.isEmpty()) {
                problems.add(Problem.warning(ScheduleCodes.NOT_SCHEDULED, "scene " + scene.number()
                        + (missing.size() == 1 ? " has shot " : " has shots ") + String.join(", ", missing)
                        + " not scheduled; add them to a day: scene " + scene.number() + ": shots "
                        + String.join(", ", missing), Location.scene(scene.index())));
            }
        }
    }

    private void unknownParts(ShootingDay day, int d, DayEntry.SceneWork work, Breakdown.Scene scene) {
        for (String shot : work.shots()) {
            if (scene.shot(shot).isEmpty()) {
                error(ScheduleCodes.UNKNOWN_SHOT, "day " + day.number() + " schedules shot " + shot + " of scene "
                        + scene.number() + ", which has no such shot", d, work);
            }
        }
        for (String setup : work.setups()) {
            if (scene.shots().stream().noneMatch(s -> s.setup().filter(setup::equals).isPresent())) {
                error(ScheduleCodes.UNKNOWN_SHOT, "day " + day.number() + " schedules setup " + setup + " of scene "
                        + scene.number() + ", which has no shot in that setup", d, work);
            }
        }
    }

    private static String hours(int minutes) {
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : String.format("%02d", minutes % 60));
    }

    private void warn(String code, String message, int day, DayEntry entry) {
        problems.add(Problem.warning(code, message, where(day, entry)));
    }

    private void warn(String code, String message, int day, int offset) {
        problems.add(Problem.warning(code, message, where(day, offset)));
    }

    private void error(String code, String message, int day, DayEntry entry) {
        problems.add(Problem.error(code, message, where(day, entry)));
    }

    /** The entry's place: where its scene number stands in the note, else the note. */
    private Location where(int day, DayEntry entry) {
        if (day >= places.size()) {
            return Location.DOCUMENT;
        }
        ScheduleNotes.Place place = places.get(day);
        int offset = 0;
        if (entry instanceof DayEntry.SceneWork work) {
            offset = Math.max(0, indexOfWord(place.text(), work.scene()));
        }
        return place.at(offset);
    }

    private Location where(int day, int offset) {
        return day < places.size() ? places.get(day).at(offset) : Location.DOCUMENT;
    }

    /** The first place the scene number stands as a word after the day's own number. */
    private static int indexOfWord(String text, String word) {
        int from = text.indexOf('|');
        while (from >= 0) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }
}
