package dev.slate.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a scene heading's parts are split: a dash (-, – or —) with spaces after it, at the start or
 * after spaces ({@code HOUSE - DAY}, {@code HOUSE —DAY} is one part), or two or more hyphens with or
 * without spaces ({@code HOUSE--DAY}). Scanned by hand in one pass, linear even on a heading with a
 * million spaces; it finds what the pattern
 * {@code (?:^|(?<!\s)\s++)[-–—]++\s++|(?<!\s)\s*+--++\s*+} finds (a test holds them together),
 * without compiling a regular expression for every render that starts cold.
 */
final class HeadingSeparators {

    private HeadingSeparators() {
    }

    /** After the dashes and spaces a text starts with ({@code - HOUSE}: at {@code H}), or -1 if it does not. */
    static int leadingDashEnd(String text) {
        int dashes = skip(text, 0, true);
        if (dashes == 0) {
            return -1;
        }
        int spaces = skipSpaces(text, dashes);
        return spaces > dashes ? spaces : -1;
    }

    /** The text split at every separator, empty parts kept ({@code - DAY}: "" and "DAY"). */
    static String[] split(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int[] found = next(text, 0); found != null; found = next(text, found[1])) {
            parts.add(text.substring(from, found[0]));
            from = found[1];
        }
        parts.add(text.substring(from));
        return parts.toArray(new String[0]);
    }

    /** The first separator at or after {@code from}: its start and end, or null. */
    static int[] next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            boolean runStart = i == 0 || !isSpace(text.charAt(i - 1));
            if (i == 0 || runStart && isSpace(text.charAt(i))) {
                int end = dashThenSpaces(text, i == 0 && !isSpace(text.charAt(0)) ? 0 : skipSpaces(text, i));
                if (end >= 0) {
                    return new int[] {i, end};
                }
            }
            if (runStart) {
                int start = skipSpaces(text, i);
                int hyphens = skip(text, start, false);
                if (hyphens - start >= 2) {
                    return new int[] {i, skipSpaces(text, hyphens)};
                }
            }
        }
        return null;
    }

    /** After one or more dashes at {@code at} and the spaces after them, or -1 without both. */
    private static int dashThenSpaces(String text, int at) {
        int dashes = skip(text, at, true);
        if (dashes == at) {
            return -1;
        }
        int spaces = skipSpaces(text, dashes);
        return spaces > dashes ? spaces : -1;
    }

    /** After the dashes at {@code at}: any dash, or hyphens only. */
    private static int skip(String text, int at, boolean anyDash) {
        while (at < text.length() && (text.charAt(at) == '-'
                || anyDash && (text.charAt(at) == '\u2013' || text.charAt(at) == '\u2014'))) {
            at++;
        }
        return at;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** What {@code \s} matches: the ASCII spaces, tab and line breaks. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
