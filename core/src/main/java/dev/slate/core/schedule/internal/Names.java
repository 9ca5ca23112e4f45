package dev.slate.core.schedule.internal;

import dev.slate.core.internal.Checks;

import java.util.regex.Pattern;

/** What the day notation can write and read back: numbers as single words, names on one line. */
public final class Names {

    /** A scene, shot or setup as the notation lists it. */
    public static final String TOKEN = "[^\\s,():|\\\\\\[\\]]+";
    private static final Pattern TOKEN_PATTERN = Pattern.compile(TOKEN);

    private Names() {
    }

    /** A scene, shot or setup number: one word without commas, colons, bars, brackets or parentheses. */
    public static String token(String value, String field) {
        Checks.notBlank(value, field);
        if (!TOKEN_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be one word without , : | ( ) [ ] or \\, was '" + value + "'");
        }
        return value;
    }

    /** A unit or place name: one line, no edge spaces. */
    public static String name(String value, String field) {
        Checks.notBlank(value, field);
        if (!value.equals(value.strip()) || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " must be one line without edge spaces, was '" + value + "'");
        }
        return value;
    }
}
