package dev.slate.core.report;

import java.util.Locale;

/**
 * The order of the shots within each scene of a shot list; scenes always stay in script order.
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
    SETUP;

    /**
     * Reads {@code script} or {@code setup} (also {@code shooting}, its former name), ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ShotListOrder parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (key.equals("SHOOTING")) {
            return SETUP;
        }
        for (ShotListOrder order : values()) {
            if (order.name().equals(key)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown shot order '" + text + "'; accepted: script, setup");
    }
}
