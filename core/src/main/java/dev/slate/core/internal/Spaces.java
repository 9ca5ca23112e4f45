package dev.slate.core.internal;

/** White space as scripts write it: besides Java's white space, no-break spaces and the byte-order mark. */
public final class Spaces {

    private Spaces() {
    }

    /** White space as JavaScript's \s: also no-break spaces and the byte-order mark. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The text without leading and trailing white space, no-break spaces included (as JavaScript's \s). */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
