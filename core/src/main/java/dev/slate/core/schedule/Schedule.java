package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;

import java.util.List;

/**
 * A shooting schedule: the shooting days in order.
 *
 * @param days the days, in shooting order
 *
 * @since 0.1.0
 */
public record Schedule(List<ShootingDay> days) {

    /** The schedule with no days. */
    public static final Schedule EMPTY = new Schedule(List.of());

    /** Checks the fields. */
    public Schedule {
        days = Checks.listOf(days, "days");
    }

    /** Whether no day is planned. */
    public boolean isEmpty() {
        return days.isEmpty();
    }
}
