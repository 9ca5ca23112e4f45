package dev.slate.core.shot.internal;

import dev.slate.core.internal.Checks;
import dev.slate.core.shot.Term;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parsing of the set vocabularies: abbreviations, labels and aliases, case-insensitively. */
public final class Vocabularies {

    private Vocabularies() {
    }

    public static <E extends Enum<E> & Term> E parse(Class<E> type, String text, String field) {
        Checks.notNull(text, field);
        return find(type, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + field + " '" + text + "'; accepted: " + accepted(type)));
    }

    /** The term the text names, if any. */
    public static <E extends Enum<E> & Term> Optional<E> find(Class<E> type, String text) {
        String key = normalize(text);
        for (E term : type.getEnumConstants()) {
            if (normalize(term.abbreviation()).equals(key) || normalize(term.label()).equals(key)
                    || normalize(term.name()).equals(key)) {
                return Optional.of(term);
            }
            for (String alias : term.aliases()) {
                if (normalize(alias).equals(key)) {
                    return Optional.of(term);
                }
            }
        }
        return Optional.empty();
    }

    public static <E extends Enum<E> & Term> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(t -> t.abbreviation().equalsIgnoreCase(t.label()) ? t.abbreviation()
                        : t.abbreviation() + " (" + t.label() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Folds case, apostrophes, dots, hyphens, underscores and spacing: "Bird's-eye" equals "birds eye". */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '.') {
                continue;
            }
            if (c == '-' || c == '_' || c == '/' || Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
