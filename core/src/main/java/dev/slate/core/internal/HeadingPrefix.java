package dev.slate.core.internal;

/**
 * Where a scene heading's prefix is: INT./EXT., INT/EXT, INT / EXT, EXT./INT., I/E, I./E., INT, EXT,
 * EST, in any case, each with or without its dots, then a dot, a space or the end. Scanned by hand;
 * it finds what the pattern
 * {@code ^(INT\.?\s?/\s?EXT|EXT\.?\s?/\s?INT|I\.?/E|E\.?/I|INT|EXT|EST)(\.|\s|$)\s*} finds read
 * case-insensitively (a test holds them together), without compiling a regular expression for every
 * render that starts cold.
 *
 * @param wordEnd where the prefix's letters end (the first group)
 * @param end     where the text after the prefix, its dot and the spaces after them starts
 */
public record HeadingPrefix(int wordEnd, int end) {

    /** The alternatives in the order they are tried: a word, then for pairs a slash and a second word. */
    private static final String[][] FORMS = {{"INT", "EXT"}, {"EXT", "INT"}, {"I", "E"}, {"E", "I"}, {"INT"}, {"EXT"},
        {"EST"}};

    /** The prefix a heading starts with, or null for a free-form heading. */
    public static HeadingPrefix find(String text) {
        for (String[] form : FORMS) {
            int at = word(text, 0, form[0]);
            if (at >= 0 && form.length == 2) {
                at = pair(text, at, form[1], form[0].length() == 3);
            }
            if (at < 0) {
                continue;
            }
            int after;
            if (at < text.length() && (text.charAt(at) == '.' || HeadingSeparators.isSpace(text.charAt(at)))) {
                after = at + 1;
            } else if (atEnd(text, at)) {
                after = at;
            } else {
                continue;
            }
            while (after < text.length() && HeadingSeparators.isSpace(text.charAt(after))) {
                after++;
            }
            return new HeadingPrefix(at, after);
        }
        return null;
    }

    /**
     * After {@code .?\s?/\s?SECOND} at {@code at} for a three-letter pair (INT./EXT), {@code .?/SECOND}
     * for a one-letter one (I/E), or -1.
     */
    private static int pair(String text, int at, String second, boolean spaced) {
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
        }
        if (spaced && at < text.length() && HeadingSeparators.isSpace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '/') {
            return -1;
        }
        at++;
        if (spaced && at < text.length() && HeadingSeparators.isSpace(text.charAt(at))) {
            at++;
        }
        return word(text, at, second);
    }

    /** After {@code word} at {@code at} in ASCII letters of either case, or -1. */
    private static int word(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c != word.charAt(i) && c != Character.toLowerCase(word.charAt(i))) {
                return -1;
            }
        }
        return at + word.length();
    }

    /** Where {@code $} matches: the end, or before a line break that ends the text. */
    private static boolean atEnd(String text, int at) {
        if (at == text.length()) {
            return true;
        }
        if (at != text.length() - 1) {
            return false; // a final \r\n would have been read as a space
        }
        char c = text.charAt(at);
        return c == '\u0085' || c == '\u2028' || c == '\u2029'; // \n and \r are spaces, read before the end
    }
}
