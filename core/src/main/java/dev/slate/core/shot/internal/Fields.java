package dev.slate.core.shot.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting and escaping inside Slate's notes (shot, cast and day notes): fields are separated by
 * {@code |}, list items by {@code ,}; a backslash makes the next character literal.
 */
public final class Fields {

    private Fields() {
    }

    /** Splits at each unescaped separator; the pieces keep their escapes. */
    public static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        for (int[] span : spans(text, separator)) {
            pieces.add(text.substring(span[0], span[1]));
        }
        return pieces;
    }

    /** The start and end offsets of the pieces {@link #split} cuts the text into. */
    public static List<int[]> spans(String text, char separator) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, text.length()});
        return spans;
    }

    /** The index of the first unescaped occurrence of a character, or -1. */
    public static int indexOf(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The text without its escaping backslashes. */
    public static String unescape(String text) {
        return unescape(text, null);
    }

    /** The text with each backslash before one of {@code escapable} (any character if null) read. */
    public static String unescape(String text, String escapable) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (escapable == null || escapable.indexOf(text.charAt(i + 1)) >= 0)) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A field's value: unescaped, then trimmed, so that an escaped space or line break at its edge
     * (which the writer could not give back) is dropped like any other edge space.
     */
    public static String value(String text) {
        return unescape(text.strip()).strip();
    }

    /** Escapes what a script note needs escaped ({@link #needsEscapeInNote}), a bar, and the given characters. */
    public static String escape(String text, String specials) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscapeInNote(text, i) || c == '|' || specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Whether the character at {@code i} needs a backslash inside a Fountain note: a backslash, a
     * bracket, or a slash next to an asterisk (afterwriting hides notes as {@code /* *}{@code /}).
     */
    public static boolean needsEscapeInNote(String text, int i) {
        char c = text.charAt(i);
        return c == '\\' || c == '[' || c == ']' || c == '/' && (i + 1 < text.length() && text.charAt(i + 1) == '*'
                || i > 0 && text.charAt(i - 1) == '*');
    }

    /** Escapes a list item: also its commas. */
    public static String item(String text) {
        return escape(text, ",");
    }

    /** Reads a comma list, items trimmed and unescaped, blank items dropped. */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String piece : split(text, ',')) {
            String item = value(piece);
            if (!item.isBlank()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Whether the text starts with the word (ignoring case) followed by a space or the end. */
    public static boolean startsWithWord(String text, String word) {
        return text.regionMatches(true, 0, word, 0, word.length())
                && (text.length() == word.length() || text.charAt(word.length()) == ' ');
    }
}
