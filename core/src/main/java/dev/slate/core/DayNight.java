package dev.slate.core;

/**
 * Day or night, as a production schedules a scene: the time of day of its heading folded into the
 * two lighting conditions a crew plans for. {@link SceneHeading#dayNight()} gives a heading's own
 * value; {@link Screenplay#dayNights()} also resolves {@code CONTINUOUS}, {@code LATER} and
 * {@code SAME} to the value of the scene they continue.
 *
 * @since 0.1.0
 */
public enum DayNight {
    /** Daylight: DAY, MORNING, AFTERNOON, NOON, DAWN, SUNRISE, SUNSET, MAGIC HOUR... */
    DAY,
    /** Dark: NIGHT, EVENING, DUSK, TWILIGHT, MIDNIGHT, PRE-DAWN... */
    NIGHT
}
