package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.util.Locale;
import java.util.Optional;

/**
 * The industry's revision colours, in the order a production issues them: the first production
 * draft is white, the first set of revised pages blue, then pink, yellow, green, goldenrod, buff,
 * salmon and cherry, and the same again as "double" colours. Each colour carries the tint of its
 * paper, for marks printed in it.
 *
 * @since 0.1.0
 */
public enum RevisionColor {
    WHITE("White", 0x000000),
    BLUE("Blue", 0x1F5FD6),
    PINK("Pink", 0xE0508C),
    YELLOW("Yellow", 0xC9A400),
    GREEN("Green", 0x2E9A3A),
    GOLDENROD("Goldenrod", 0xDAA520),
    BUFF("Buff", 0xC8A470),
    SALMON("Salmon", 0xFA8072),
    CHERRY("Cherry", 0xC2185B),
    DOUBLE_BLUE("Double Blue", 0x1F5FD6),
    DOUBLE_PINK("Double Pink", 0xE0508C),
    DOUBLE_YELLOW("Double Yellow", 0xC9A400),
    DOUBLE_GREEN("Double Green", 0x2E9A3A),
    DOUBLE_GOLDENROD("Double Goldenrod", 0xDAA520),
    DOUBLE_BUFF("Double Buff", 0xC8A470),
    DOUBLE_SALMON("Double Salmon", 0xFA8072),
    DOUBLE_CHERRY("Double Cherry", 0xC2185B);

    private final String title;
    private final int rgb;

    RevisionColor(String title, int rgb) {
        this.title = title;
        this.rgb = rgb;
    }

    /** The name as a header prints it: {@code "Blue"}, {@code "Double Pink"}. */
    public String title() {
        return title;
    }

    /** The colour marks are printed in, as {@code 0xRRGGBB} (black for white pages). */
    public int rgb() {
        return rgb;
    }

    /** The colour after this one, empty after the last. */
    public Optional<RevisionColor> next() {
        RevisionColor[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /**
     * The colour a name stands for, whatever its case and with spaces, hyphens or underscores
     * between words ({@code "double blue"}, {@code "DOUBLE-BLUE"}); empty for any other label.
     */
    public static Optional<RevisionColor> named(String name) {
        String key = Checks.notNull(name, "name").strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        for (RevisionColor color : values()) {
            if (color.name().equals(key)) {
                return Optional.of(color);
            }
        }
        return Optional.empty();
    }
}
