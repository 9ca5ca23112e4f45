package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.Improver;
import dev.slate.core.schedule.internal.Packer;
import dev.slate.core.schedule.internal.Work;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a shooting schedule for the work a schedule leaves unscheduled, and says what it achieves
 * against shooting in script order.
 *
 * <p>The work is grouped by location, day work before night work (night work together, on days of
 * its own); within a location exterior before interior, then in script order. Locations follow each
 * other by the cast they share, so that a cast member's days stay together; then each location in
 * turn is moved to wherever the packed schedule costs least (fewest days, then company moves, then
 * the cast's work days, then their hold days), for a few rounds. The groups are packed
 * into days of the planned length: a meal when the day would pass the meal time, a company move
 * when the location changes, a new day when the next scene does not fit. A scene longer than a day
 * is split by its shots, a setup's shots kept together where they fit; a scene without shots that
 * is longer than a day gets a day of its own (and is reported as {@link ScheduleCodes#OVERTIME}).
 * The same script always gives the same proposal.
 *
 * @since 0.1.0
 */
public final class Scheduler {

    private final ScheduleRates rates;
    private final Optional<LocalDate> start;
    private final Set<DayOfWeek> skip;
    private final LocalTime dayCall;
    private final LocalTime nightCall;

    private Scheduler(Builder b) {
        this.rates = b.rates;
        this.start = b.start;
        this.skip = EnumSet.copyOf(b.skip.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : b.skip);
        this.dayCall = b.dayCall;
        this.nightCall = b.nightCall;
    }

    /** A scheduler with the default rates, no dates and calls at 07:00 (day) and 17:00 (night). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A proposal.
     *
     * @param schedule    the schedule given, with the proposed days after its own
     * @param added       the proposed days
     * @param report      the report of {@code schedule}
     * @param scriptOrder the report of the same work shot in script order, for comparison
     */
    public record Proposal(Schedule schedule, List<ShootingDay> added, ScheduleReport report, ScheduleReport scriptOrder) {
        /** Checks the fields. */
        public Proposal {
            Checks.notNull(schedule, "schedule");
            added = Checks.listOf(added, "added");
            Checks.notNull(report, "report");
            Checks.notNull(scriptOrder, "scriptOrder");
        }
    }

    /** Proposes days for every scene and shot of the breakdown that {@code existing} does not schedule. */
    public Proposal propose(Breakdown breakdown, Schedule existing) {
        Checks.notNull(breakdown, "breakdown");
        Checks.notNull(existing, "existing");
        List<Work> work = Work.unscheduled(breakdown, existing, rates);
        int first = existing.days().stream().mapToInt(ShootingDay::number).max().orElse(0) + 1;
        Packer packer = new Packer(rates, dayCall, nightCall);
        List<Work> ordered = new Improver(packer).improve(Work.grouped(work));
        List<ShootingDay> added = dated(packer.pack(ordered, first, true), existing);
        List<ShootingDay> inScriptOrder = packer.pack(work, first, false);
        List<ShootingDay> all = new ArrayList<>(existing.days());
        all.addAll(added);
        List<ShootingDay> scriptAll = new ArrayList<>(existing.days());
        scriptAll.addAll(inScriptOrder);
        Schedule schedule = new Schedule(all);
        return new Proposal(schedule, added, ScheduleReport.of(breakdown, schedule, rates),
                ScheduleReport.of(breakdown, new Schedule(scriptAll), rates));
    }

    /** The days on the calendar from the start, skipping the days off, after the existing days' dates. */
    private List<ShootingDay> dated(List<ShootingDay> days, Schedule existing) {
        if (start.isEmpty()) {
            return days;
        }
        LocalDate date = start.get();
        for (ShootingDay day : existing.days()) {
            if (day.date().isPresent() && !day.date().get().isBefore(date)) {
                date = day.date().get().plusDays(1);
            }
        }
        List<ShootingDay> out = new ArrayList<>();
        for (ShootingDay day : days) {
            while (skip.contains(date.getDayOfWeek())) {
                date = date.plusDays(1);
            }
            out.add(day.withDate(date));
            date = date.plusDays(1);
        }
        return out;
    }

    /** Builds a {@link Scheduler}. */
    public static final class Builder {
        private ScheduleRates rates = ScheduleRates.DEFAULT;
        private Optional<LocalDate> start = Optional.empty();
        private Set<DayOfWeek> skip = EnumSet.noneOf(DayOfWeek.class);
        private LocalTime dayCall = LocalTime.of(7, 0);
        private LocalTime nightCall = LocalTime.of(17, 0);

        private Builder() {
        }

        /** The planning rates and day length. */
        public Builder rates(ScheduleRates rates) {
            this.rates = Checks.notNull(rates, "rates");
            return this;
        }

        /** The date of the first proposed day; without it the days have no dates. */
        public Builder start(LocalDate start) {
            this.start = Optional.of(Checks.notNull(start, "start"));
            return this;
        }

        /** Days of the week not shot (weekends). */
        public Builder skip(Set<DayOfWeek> skip) {
            Checks.notNull(skip, "skip");
            if (skip.size() == 7) {
                throw new IllegalArgumentException("skip must leave at least one day of the week to shoot");
            }
            this.skip = EnumSet.noneOf(DayOfWeek.class);
            this.skip.addAll(skip);
            return this;
        }

        /** The call of a day of day work. */
        public Builder dayCall(LocalTime call) {
            this.dayCall = Checks.notNull(call, "call");
            return this;
        }

        /** The call of a day of night work. */
        public Builder nightCall(LocalTime call) {
            this.nightCall = Checks.notNull(call, "call");
            return this;
        }

        /** The scheduler. */
        public Scheduler build() {
            return new Scheduler(this);
        }
    }
}
