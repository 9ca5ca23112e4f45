package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;

import java.time.Duration;

/**
 * The planning rates used where the script gives no estimate: how many pages a 12-hour day shoots
 * (features plan about 2 to 3, television 5 to 8), and the day the scheduler plans: its length, and
 * how long a meal break and a company move take.
 *
 * @param pagesPerDay  pages shot in a 12-hour day, its meal included (a shorter day shoots fewer)
 * @param dayLength    the length of a proposed shooting day, meal included
 * @param mealMinutes  a meal break
 * @param mealAfter    how long after call the meal is due, at the latest
 * @param moveMinutes  a company move between locations
 *
 * @since 0.1.0
 */
public record ScheduleRates(double pagesPerDay, Duration dayLength, int mealMinutes, Duration mealAfter, int moveMinutes) {

    /** 3 pages a 12-hour day, a 60-minute meal 6 hours after call, 30-minute moves. */
    public static final ScheduleRates DEFAULT = new ScheduleRates(3, Duration.ofHours(12), 60, Duration.ofHours(6), 30);

    /** Checks the fields. */
    public ScheduleRates {
        Checks.positive(pagesPerDay, "pagesPerDay");
        Checks.notNull(dayLength, "dayLength");
        if (dayLength.toMinutes() <= mealMinutes) {
            throw new IllegalArgumentException("dayLength must be longer than the meal, was " + dayLength);
        }
        Checks.notNegative(mealMinutes, "mealMinutes");
        Checks.notNull(mealAfter, "mealAfter");
        Checks.notNegative(moveMinutes, "moveMinutes");
    }

    /** These rates with another day length; the page rate stays as it is. */
    public ScheduleRates withDayLength(Duration length) {
        return new ScheduleRates(pagesPerDay, length, mealMinutes, mealAfter, moveMinutes);
    }

    /** These rates with another number of pages a day. */
    public ScheduleRates withPagesPerDay(double pages) {
        return new ScheduleRates(pages, dayLength, mealMinutes, mealAfter, moveMinutes);
    }

    /** The shooting minutes of a length in eighths at the page rate: a 12-hour day without its meal, shared out. */
    public int minutesFor(int eighths) {
        double perEighth = (12 * 60 - mealMinutes) / (pagesPerDay * 8);
        return (int) Math.ceil(eighths * perEighth - 1e-9);
    }
}
