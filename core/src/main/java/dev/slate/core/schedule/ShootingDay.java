package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.Names;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One shooting day as planned.
 *
 * @param number  the day number, 1 or more
 * @param date    the calendar date, if fixed
 * @param call    the crew call, if fixed (the reports assume {@link #DEFAULT_CALL})
 * @param length  the planned length including meals, if given (the reports assume {@link #DEFAULT_LENGTH})
 * @param unit    the unit that shoots it ({@code 2nd unit}), if not the main unit
 * @param entries what the day does, in order
 *
 * @since 0.1.0
 */
public record ShootingDay(int number, Optional<LocalDate> date, Optional<LocalTime> call, Optional<Duration> length,
                          Optional<String> unit, List<DayEntry> entries) {

    /** The call time assumed for a day without one. */
    public static final LocalTime DEFAULT_CALL = LocalTime.of(7, 0);
    /** The length assumed for a day without one: 12 hours, the meal included. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(12);

    /** Checks the fields. */
    public ShootingDay {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number);
        }
        Checks.notNull(date, "date");
        Checks.notNull(call, "call");
        Checks.notNull(length, "length");
        length.ifPresent(l -> {
            if (l.isNegative() || l.isZero()) {
                throw new IllegalArgumentException("length must be positive, was " + l);
            }
        });
        Checks.notNull(unit, "unit");
        unit.ifPresent(u -> Names.name(u, "unit"));
        entries = Checks.listOf(entries, "entries");
    }

    /** A day with nothing fixed but its number and entries. */
    public static ShootingDay of(int number, List<DayEntry> entries) {
        return new ShootingDay(number, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), entries);
    }

    /** The call time, or {@link #DEFAULT_CALL}. */
    public LocalTime callOrDefault() {
        return call.orElse(DEFAULT_CALL);
    }

    /** The planned length, or {@link #DEFAULT_LENGTH}. */
    public Duration lengthOrDefault() {
        return length.orElse(DEFAULT_LENGTH);
    }

    /** This day under another number. */
    public ShootingDay withNumber(int number) {
        return new ShootingDay(number, date, call, length, unit, entries);
    }

    /** This day on a date. */
    public ShootingDay withDate(LocalDate date) {
        return new ShootingDay(number, Optional.of(date), call, length, unit, entries);
    }
}
