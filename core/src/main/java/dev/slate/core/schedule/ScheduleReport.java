package dev.slate.core.schedule;

import dev.slate.core.shot.Setups;
import dev.slate.core.shot.Shot;
import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.Tally;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a schedule comes to, day by day: the pages, scenes, setups and minutes of each day, its
 * estimated wrap, the cast working and the locations. Every paper (one-liner, stripboard, day out of
 * days, call sheet, shot list by day) prints these numbers, so they agree.
 *
 * <p>Minutes of a scene come from its shots where any shot of it has an estimate: shooting minutes,
 * plus each camera setup's minutes once, on the first entry that shoots the setup (the largest
 * setup estimate among its shots); otherwise from the page rate of {@link ScheduleRates}. Minutes
 * written on the entry ({@code scene 4 (90 min)}) replace the estimate. A scene's pages count on the
 * first day it is shot; the later parts of a split scene count none.
 *
 * @param days      one report a day, in schedule order
 * @param eighths   the pages of all days, in eighths
 * @param moves     the company moves of all days: changes of location within a day
 * @param castDays  the days each cast member works, summed over the cast
 * @param holdDays  the days a cast member is held (paid, not working) between their first and last
 *                  work day, summed over the cast
 *
 * @since 0.1.0
 */
public record ScheduleReport(List<Day> days, int eighths, int moves, int castDays, int holdDays) {

    /** Checks the fields. */
    public ScheduleReport {
        days = Checks.listOf(days, "days");
        Checks.notNegative(eighths, "eighths");
        Checks.notNegative(moves, "moves");
        Checks.notNegative(castDays, "castDays");
        Checks.notNegative(holdDays, "holdDays");
    }

    /** The report of a schedule. */
    public static ScheduleReport of(Breakdown breakdown, Schedule schedule, ScheduleRates rates) {
        Checks.notNull(breakdown, "breakdown");
        Checks.notNull(schedule, "schedule");
        Checks.notNull(rates, "rates");
        return Tally.report(breakdown, schedule, rates);
    }

    /** The total minutes of all days. */
    public int minutes() {
        return days.stream().mapToInt(Day::minutes).sum();
    }

    /**
     * One day.
     *
     * @param day             the day as planned
     * @param lines           its entries, each with its start and minutes
     * @param eighths         its pages, in eighths
     * @param scenes          the scene numbers it shoots, in order, each once
     * @param setups          the camera setups it lights
     * @param shootingMinutes minutes of shooting
     * @param setupMinutes    minutes of lighting and setting up
     * @param moveMinutes     minutes of company moves
     * @param mealMinutes     minutes of meal breaks
     * @param cast            the cast numbers working, in order
     * @param locations       the locations, in the order the day visits them, each once
     * @param moves           how many times the company changes location
     */
    public record Day(ShootingDay day, List<Line> lines, int eighths, List<String> scenes, int setups,
                      int shootingMinutes, int setupMinutes, int moveMinutes, int mealMinutes, List<Integer> cast,
                      List<String> locations, int moves) {
        /** Checks the fields. */
        public Day {
            Checks.notNull(day, "day");
            lines = Checks.listOf(lines, "lines");
            scenes = Checks.listOf(scenes, "scenes");
            cast = Checks.listOf(cast, "cast");
            locations = Checks.listOf(locations, "locations");
        }

        /** Every minute of the day: shooting, setups, moves and meals. */
        public int minutes() {
            return shootingMinutes + setupMinutes + moveMinutes + mealMinutes;
        }

        /** The estimated wrap: the call time and the day's minutes (on the clock, past midnight if it runs so long). */
        public LocalTime wrap() {
            return day.callOrDefault().plusMinutes(minutes());
        }

        /** Whether the day runs longer than planned. */
        public boolean overtime() {
            return Duration.ofMinutes(minutes()).compareTo(day.lengthOrDefault()) > 0;
        }
    }

    /**
     * One entry of a day.
     *
     * @param entry           the entry as planned
     * @param scene           the scene it shoots, when it shoots a known scene
     * @param shots           the shots it shoots, in the scene's order
     * @param start           its estimated start
     * @param eighths         the pages it counts, in eighths
     * @param part            whether it shoots only part of its scene
     * @param setups          the setups it lights for the first time
     * @param shootingMinutes its minutes of shooting (for a move or a meal, its own minutes)
     * @param setupMinutes    its minutes of setting up
     * @param bySetup         its shots by camera setup, in shooting order ({@link Setups#shootingOrder}), as
     *                        {@link Setups} counts them: setup minutes on the setups this entry lights, none on
     *                        those an earlier entry lit
     */
    public record Line(DayEntry entry, Optional<Breakdown.Scene> scene, List<Shot> shots, LocalTime start, int eighths,
                       boolean part, int setups, int shootingMinutes, int setupMinutes, List<Setups.Setup> bySetup) {
        /** Checks the fields. */
        public Line {
            Checks.notNull(entry, "entry");
            Checks.notNull(scene, "scene");
            shots = Checks.listOf(shots, "shots");
            Checks.notNull(start, "start");
            bySetup = Checks.listOf(bySetup, "bySetup");
        }

        /** All its minutes. */
        public int minutes() {
            return shootingMinutes + setupMinutes;
        }
    }
}
