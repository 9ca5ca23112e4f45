package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scene heading, kept verbatim ({@link #text()}) and read into its parts: the prefix (INT., EXT.,
 * INT./EXT., I/E, EST.), the location, an optional sub-location and the time of day
 * ({@code INT. SCHOOL - ROOFTOP - LATE AFTERNOON}). A heading that does not start with a known prefix
 * is free-form: it has a location (the whole text) and no prefix. Equal when the text is equal.
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

    private static final Pattern PREFIX = Pattern.compile(
            "^(INT\\.?/EXT|INT\\.? ?/ ?EXT|EXT\\.?/INT|I/E|INT|EXT|EST)(\\.|\\s|$)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DASH = Pattern.compile("[-\u2013\u2014]+\\s+");
    // A separator starts only where a run of spaces starts, and quantifiers never give back, so that
    // splitting stays linear even on a heading with a million spaces.
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?:^|(?<!\\s)\\s++)[-\u2013\u2014]++\\s++|(?<!\\s)\\s*+--++\\s*+");

    private final String text;
    private final Prefix prefix;
    private final String location;
    private final String subLocation;
    private final String timeOfDay;

    private SceneHeading(String text) {
        this.text = Checks.notBlank(text, "heading").strip();
        Matcher m = PREFIX.matcher(this.text);
        if (!m.find()) {
            prefix = null;
            location = this.text;
            subLocation = null;
            timeOfDay = null;
            return;
        }
        String word = m.group(1).toUpperCase(Locale.ROOT).replace(" ", "");
        prefix = word.startsWith("INT") && word.contains("EXT") || word.startsWith("EXT/") ? Prefix.INT_EXT
                : word.equals("I/E") ? Prefix.I_E
                : word.startsWith("INT") ? Prefix.INT
                : word.startsWith("EST") ? Prefix.EST : Prefix.EXT;
        String rest = this.text.substring(m.end()).strip();
        Matcher dash = LEADING_DASH.matcher(rest);
        // "INT - HOUSE - DAY" is written with a dash after the prefix; "INT. - DAY" has no location.
        if (dash.lookingAt() && SEPARATOR.matcher(rest.substring(dash.end())).find()) {
            rest = rest.substring(dash.end());
        }
        String[] parts = SEPARATOR.split(rest, -1);
        if (parts.length == 1) {
            location = parts[0].strip();
            subLocation = null;
            timeOfDay = null;
        } else {
            location = parts[0].strip();
            timeOfDay = emptyToNull(parts[parts.length - 1].strip());
            subLocation = parts.length > 2
                    ? emptyToNull(String.join(" - ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)).strip())
                    : null;
        }
    }

    /** Reads a heading as written; any text is accepted, free-form if it has no known prefix. */
    public static SceneHeading parse(String text) {
        return new SceneHeading(text);
    }

    /** {@code INT. LOCATION - TIME}. */
    public static SceneHeading of(Prefix prefix, String location, String timeOfDay) {
        return of(prefix, location, null, timeOfDay);
    }

    /** {@code INT. LOCATION - SUB-LOCATION - TIME}; sub-location and time of day may be null. */
    public static SceneHeading of(Prefix prefix, String location, String subLocation, String timeOfDay) {
        Checks.notNull(prefix, "prefix");
        StringBuilder text = new StringBuilder(prefix.text()).append(' ').append(Checks.notBlank(location, "location"));
        if (subLocation != null) {
            text.append(" - ").append(Checks.notBlank(subLocation, "subLocation"));
        }
        if (timeOfDay != null) {
            text.append(" - ").append(Checks.notBlank(timeOfDay, "timeOfDay"));
        }
        return new SceneHeading(text.toString());
    }

    /** The heading exactly as written. */
    public String text() {
        return text;
    }

    /** The prefix, or empty for a free-form heading. */
    public Optional<Prefix> prefix() {
        return Optional.ofNullable(prefix);
    }

    /** The place; for a free-form heading, the whole text. May be empty when the heading is only a prefix. */
    public String location() {
        return location;
    }

    public Optional<String> subLocation() {
        return Optional.ofNullable(subLocation);
    }

    /** DAY, NIGHT, CONTINUOUS, LATER, MOMENTS LATER... as written. */
    public Optional<String> timeOfDay() {
        return Optional.ofNullable(timeOfDay);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SceneHeading other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
