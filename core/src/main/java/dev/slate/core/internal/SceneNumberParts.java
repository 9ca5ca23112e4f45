package dev.slate.core.internal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scene number read into its parts, {@code A12B} being prefix {@code A}, base 12 and suffix
 * {@code B}, and ordered as scripts order them:
 * {@code A12 < B12 < 12 < 12aA < 12A < 12AA < 12B < 13}. A prefix means "before the base"; a
 * lowercase letter sorts between the end of the text and the capitals (Final Draft's style), so that
 * {@code 12aA} fits between {@code 12} and {@code 12A}.
 *
 * @param prefix letters before the digits, possibly empty
 * @param base   the digits
 * @param suffix letters after the digits, possibly empty
 */
public record SceneNumberParts(String prefix, long base, String suffix) implements Comparable<SceneNumberParts> {

    /** Letters, digits, letters; Fountain scripts also write a dot or dash between ({@code I-1-A}, {@code 1.}). */
    private static final Pattern TEXT = Pattern.compile("([A-Za-z]*)[.-]?(\\d{1,15})[.-]?([A-Za-z]*)");
    private static final String LETTERS = SlateLetters.ALPHABET;

    /** The number, when the text is letters, digits, letters; {@code 1.5} or {@code X-2-3} are not. */
    public static Optional<SceneNumberParts> parse(String text) {
        Matcher m = TEXT.matcher(text);
        return m.matches() ? Optional.of(new SceneNumberParts(m.group(1), Long.parseLong(m.group(2)), m.group(3)))
                : Optional.empty();
    }

    /** A number without letters. */
    public static SceneNumberParts whole(long base) {
        return new SceneNumberParts("", base, "");
    }

    /**
     * The first free number after {@code lower} and before {@code upper} (either may be null), as a
     * person numbering by hand would choose it: a whole number when one fits and either
     * {@code wholeNumbers} allows it or nothing follows; else the next letters ({@code 12A},
     * {@code 12B}; between 12 and 12A, {@code 12aA}); before a first number, a prefix ({@code A1}).
     * When no number fits between the bounds, as when they are out of order, the first free number
     * after {@code lower} (or after {@code upper} when there is no lower) is returned: out of order,
     * but unique.
     */
    public static SceneNumberParts between(SceneNumberParts lower, SceneNumberParts upper, boolean wholeNumbers,
                                           Set<String> used) {
        SceneNumberParts consistentUpper = lower != null && upper != null && upper.compareTo(lower) <= 0 ? null : upper;
        if (consistentUpper == null || wholeNumbers) {
            for (long n = lower == null ? 1 : lower.base + 1; fits(whole(n), lower, consistentUpper); n++) {
                if (!used.contains(whole(n).toString())) {
                    return whole(n);
                }
            }
        }
        if (lower != null && !lower.prefix.isEmpty() && lower.suffix.isEmpty()) {
            // After A5 comes B5, still before 5.
            String below = consistentUpper != null && consistentUpper.base == lower.base
                    && !consistentUpper.prefix.isEmpty() ? consistentUpper.prefix : null;
            String prefix = freeLetters(lower.prefix, below, p -> new SceneNumberParts(p, lower.base, ""), used);
            if (prefix != null) {
                return new SceneNumberParts(prefix, lower.base, "");
            }
        }
        if (lower != null) {
            String below = consistentUpper != null && consistentUpper.base == lower.base
                    && consistentUpper.prefix.equals(lower.prefix) ? consistentUpper.suffix : null;
            String suffix = freeLetters(lower.suffix, below, s -> new SceneNumberParts(lower.prefix, lower.base, s),
                    used);
            return suffix != null ? new SceneNumberParts(lower.prefix, lower.base, suffix)
                    : new SceneNumberParts(lower.prefix, lower.base,
                    freeLetters(lower.suffix, null, s -> new SceneNumberParts(lower.prefix, lower.base, s), used));
        }
        // Before the first number: A5, B5... come before 5.
        String below = consistentUpper.prefix.isEmpty() ? null : consistentUpper.prefix;
        String prefix = freeLetters("", below, p -> new SceneNumberParts(p, consistentUpper.base, ""), used);
        if (prefix != null) {
            return new SceneNumberParts(prefix, consistentUpper.base, "");
        }
        return new SceneNumberParts(consistentUpper.prefix, consistentUpper.base,
                freeLetters(consistentUpper.suffix, null,
                        s -> new SceneNumberParts(consistentUpper.prefix, consistentUpper.base, s), used));
    }

    private static boolean fits(SceneNumberParts candidate, SceneNumberParts lower, SceneNumberParts upper) {
        return (lower == null || candidate.compareTo(lower) > 0) && (upper == null || candidate.compareTo(upper) < 0);
    }

    /** The first letters after {@code from} and before {@code below} (null: no bound) whose number is unused. */
    private static String freeLetters(String from, String below, Function<String, SceneNumberParts> number,
                                      Set<String> used) {
        String letters = lettersAfter(from, below);
        while (letters != null && used.contains(number.apply(letters).toString())) {
            letters = lettersAfter(letters, below);
        }
        return letters;
    }

    /**
     * The next letters after {@code from}, below {@code below} if given: the last letter moved on
     * ({@code A} to {@code B}, skipping I and O), else a letter added ({@code Z} to {@code ZA}), else a
     * lowercase step down ({@code 12aA} before {@code 12A}); null when none fits.
     */
    static String lettersAfter(String from, String below) {
        if (!from.isEmpty()) {
            int last = LETTERS.indexOf(from.charAt(from.length() - 1));
            if (last >= 0 && last + 1 < LETTERS.length()) {
                String moved = from.substring(0, from.length() - 1) + LETTERS.charAt(last + 1);
                if (below == null || compareLetters(moved, below) < 0) {
                    return moved;
                }
            }
        }
        for (String added : new String[] {from + "A", from + "aA"}) {
            if (below == null || compareLetters(added, below) < 0) {
                return added;
            }
        }
        return null;
    }

    /** Letters compared position by position: end of text, then lowercase, then capitals. */
    static int compareLetters(String a, String b) {
        for (int i = 0; i < Math.max(a.length(), b.length()); i++) {
            int c = Integer.compare(rank(a, i), rank(b, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int rank(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        return Character.isLowerCase(c) ? 1 + (c - 'a') : 27 + (Character.toUpperCase(c) - 'A');
    }

    @Override
    public int compareTo(SceneNumberParts other) {
        int c = Long.compare(base, other.base);
        if (c != 0) {
            return c;
        }
        if (prefix.isEmpty() != other.prefix.isEmpty()) {
            return prefix.isEmpty() ? 1 : -1;
        }
        c = compareLetters(prefix, other.prefix);
        return c != 0 ? c : compareLetters(suffix, other.suffix);
    }

    @Override
    public String toString() {
        return prefix + base + suffix;
    }
}
