package dev.slate.core.report;

import java.util.Locale;

/**
 * The order of a shot list: the shots within each scene, and (by day) the scenes.
 *
 * @since 0.1.0
 */
public enum ShotListOrder {
    /** The order the shots are planned in the scene. */
    SCRIPT,
    /**
     * Grouped by camera setup, so that lighting changes least: setups in the order they first
     * appear, each with its shots in script order; shots without a setup come last, in script order.
     */
    SETUP,
    /**
     * By shooting day, as the schedule written in the script plans them ({@code [[DAY 1: ...]]}):
     * each day's scenes in the day's order, their shots grouped by setup as in {@link #SETUP}, with
     * the day's totals; then the shots no day schedules. Scenes are then in schedule order.
     */
    DAY;

    /**
     * Reads {@code script}, {@code setup} (also {@code shooting}, its former name) or {@code day},
     * ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ShotListOrder parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (key.equals("SHOOTING")) {
            return SETUP;
        }
        if (key.equals("DAYS") || key.equals("SCHEDULE")) {
            return DAY;
        }
        for (ShotListOrder order : values()) {
            if (order.name().equals(key)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown shot order '" + text + "'; accepted: script, setup, day");
    }
}
