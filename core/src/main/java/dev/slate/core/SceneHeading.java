package dev.slate.core;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.HeadingParts;
import dev.slate.core.internal.HeadingPrefix;
import dev.slate.core.internal.TimeOfDay;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scene heading, kept verbatim ({@link #text()}) and read into its parts the way a 1st AD breaks
 * it down: the prefix (INT., EXT., INT./EXT., I/E, EST. in any of their written forms), the
 * location, an optional sub-location, the time of day (after a dash or a comma, or at the end
 * without one: {@code INT HOUSE DAY}), the modifiers in parentheses or brackets
 * ({@code (FLASHBACK)}, {@code (1979)}) and the day or night a production plans for
 * ({@code INT. SCHOOL - ROOFTOP - LATE AFTERNOON (1979)}: location {@code SCHOOL}, sub-location
 * {@code ROOFTOP}, time {@code LATE AFTERNOON}, modifier {@code 1979}, {@link DayNight#DAY}). A
 * heading that does not start with a known prefix is free-form: it has a location (the whole text)
 * and no prefix. A heading may carry emphasis ({@link #styledText()}). Equal when the text and its
 * styles are equal.
 *
 * @since 0.1.0
 */
public final class SceneHeading {

    /** Where a scene takes place relative to the building: inside, outside, or both. */
    public enum Prefix {
        INT("INT."), EXT("EXT."), INT_EXT("INT./EXT."), I_E("I/E"), EST("EST.");

        private final String text;

        Prefix(String text) {
            this.text = text;
        }

        /** The prefix as printed, for example {@code INT./EXT.}. */
        public String text() {
            return text;
        }

        /** INT, EXT or INT/EXT, as production reports group scenes. */
        public String interiorExterior() {
            return switch (this) {
                case INT -> "INT";
                case EXT, EST -> "EXT";
                case INT_EXT, I_E -> "INT/EXT";
            };
        }
    }

    private final StyledText styled;
    private final String text;
    private final Prefix prefix;
    private final HeadingParts parts;

    private SceneHeading(StyledText styled) {
        Checks.notBlank(Checks.notNull(styled, "heading").plain(), "heading");
        String plain = styled.plain();
        int start = 0;
        int end = plain.length();
        while (Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        this.styled = start == 0 && end == plain.length() ? styled : styled.substring(start, end);
        this.text = plain.substring(start, end);
        HeadingPrefix found = HeadingPrefix.find(this.text);
        if (found == null) {
            prefix = null;
            parts = new HeadingParts(this.text, null, null, null, List.of());
            return;
        }
        String word = this.text.substring(0, found.wordEnd()).toUpperCase(Locale.ROOT).replace(" ", "")
                .replace(".", "");
        prefix = word.contains("/") ? (word.length() == 3 ? Prefix.I_E : Prefix.INT_EXT)
                : word.equals("INT") ? Prefix.INT
                : word.equals("EST") ? Prefix.EST : Prefix.EXT;
        parts = HeadingParts.read(this.text.substring(found.end()).strip());
    }

    /** Reads a heading as written; any text is accepted, free-form if it has no known prefix. */
    public static SceneHeading parse(String text) {
        return new SceneHeading(StyledText.of(Checks.notNull(text, "heading")));
    }

    /** Reads a heading with emphasis in it, as {@link #parse(String)} reads its plain text. */
    public static SceneHeading parse(StyledText text) {
        return new SceneHeading(text);
    }

    /** {@code INT. LOCATION - TIME}. */
    public static SceneHeading of(Prefix prefix, String location, String timeOfDay) {
        return of(prefix, location, null, timeOfDay);
    }

    /**
     * {@code INT. LOCATION - SUB-LOCATION - TIME}; sub-location and time of day may be null. The
     * heading is read from that text like any other, so a time of day in no known list reads as a
     * sub-location.
     */
    public static SceneHeading of(Prefix prefix, String location, String subLocation, String timeOfDay) {
        Checks.notNull(prefix, "prefix");
        StringBuilder text = new StringBuilder(prefix.text()).append(' ').append(Checks.notBlank(location, "location"));
        if (subLocation != null) {
            text.append(" - ").append(Checks.notBlank(subLocation, "subLocation"));
        }
        if (timeOfDay != null) {
            text.append(" - ").append(Checks.notBlank(timeOfDay, "timeOfDay"));
        }
        return parse(text.toString());
    }

    /** The heading exactly as written, without its emphasis. */
    public String text() {
        return text;
    }

    /** The heading with its emphasis ({@code INT. *DREAM* HOUSE - NIGHT}); unstyled for most headings. */
    public StyledText styledText() {
        return styled;
    }

    /** The prefix, or empty for a free-form heading. */
    public Optional<Prefix> prefix() {
        return Optional.ofNullable(prefix);
    }

    /**
     * The place ({@code HOUSE} in {@code INT. HOUSE - KITCHEN - NIGHT}); for a free-form heading, the
     * whole text. May be empty when the heading is only a prefix.
     */
    public String location() {
        return parts.location();
    }

    /**
     * The part of the location written between the place and the time of day ({@code KITCHEN} in
     * {@code INT. HOUSE - KITCHEN - NIGHT}; several are joined by {@code " - "}).
     */
    public Optional<String> subLocation() {
        return Optional.ofNullable(parts.subLocation());
    }

    /**
     * The time of day as written, modifiers left out: DAY, NIGHT, LATE AFTERNOON, CONTINUOUS,
     * MOMENTS LATER, THE NEXT MORNING, and the common words for day and night of other languages
     * (ДЕНЬ, NUIT, NACHT, NOCHE, 夜...). A part in no known list is a sub-location, not a time.
     */
    public Optional<String> timeOfDay() {
        return Optional.ofNullable(parts.timeOfDay());
    }

    /**
     * The modifiers written in parentheses or brackets, without them, in order: {@code FLASHBACK}
     * and {@code 1979} in {@code INT. HOUSE - NIGHT (FLASHBACK) (1979)}. Groups that name a place
     * ({@code RESTAURANT (LA RUE 14°)}) are part of the location instead.
     */
    public List<String> modifiers() {
        return parts.modifiers();
    }

    /**
     * This heading's own day or night for production: MORNING, AFTERNOON, DAWN, SUNSET... count as
     * {@link DayNight#DAY}; EVENING, DUSK, MIDNIGHT, PRE-DAWN... as {@link DayNight#NIGHT}. Empty
     * when the heading has no time of day, one in no known list, or one that continues the scene
     * before ({@link #continuesTime()}); {@link Screenplay#dayNights()} resolves those.
     */
    public Optional<DayNight> dayNight() {
        return Optional.ofNullable(TimeOfDay.dayNight(parts.reading()));
    }

    /**
     * Whether the time of day continues the scene before without naming day or night:
     * {@code CONTINUOUS}, {@code LATER}, {@code MOMENTS LATER}, {@code SAME}, {@code A BIT LATER}.
     */
    public boolean continuesTime() {
        return parts.reading() == TimeOfDay.Reading.CONTINUES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SceneHeading other && styled.equals(other.styled);
    }

    @Override
    public int hashCode() {
        return styled.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
