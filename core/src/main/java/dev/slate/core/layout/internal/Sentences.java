package dev.slate.core.layout.internal;

import java.util.Set;

/**
 * Where sentences end, the preferred places for a page break: after {@code .}, {@code ?} or
 * {@code !} (and any closing quotes or brackets), before a space and a word that does not start in
 * lower case, and not after a title such as "Mr.".
 */
final class Sentences {

    private static final String CLOSERS = "\"')]\u201d\u2019";
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "mt", "lt",
            "sgt", "col", "gen", "capt", "prof", "rev", "vs", "no");

    private Sentences() {
    }

    /** Whether a sentence ends at {@code end} of {@code s} (the characters before it end one). */
    static boolean endsAt(String s, int end) {
        return endsAt(s, end, s.length());
    }

    /** Whether a sentence ends at {@code end} of the paragraph that ends at {@code limit} of {@code s}. */
    static boolean endsAt(String s, int end, int limit) {
        int i = end;
        while (i > 0 && CLOSERS.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || ".?!".indexOf(s.charAt(i - 1)) < 0) {
            return false;
        }
        int j = end;
        while (j < limit && s.charAt(j) == ' ') {
            j++;
        }
        if (j < limit && (j == end || Character.isLowerCase(s.charAt(j)))) {
            return false;
        }
        return s.charAt(i - 1) != '.' || !isTitle(s, i - 1);
    }

    /**
     * The sentence ends strictly inside {@code from..to} of {@code s}, in the paragraph that ends at
     * {@code limit}, last first: positions just after each end.
     */
    static int[] inside(String s, int from, int to, int limit) {
        int[] found = new int[0];
        for (int k = to - 1; k > from; k--) {
            if (s.charAt(k) == ' ' && s.charAt(k - 1) != ' ' && endsAt(s, k, limit)) {
                found = java.util.Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = k;
            }
        }
        return found;
    }

    private static boolean isTitle(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return TITLES.contains(s.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }
}
