package dev.slate.core.fountain.internal;

/**
 * A line of the source after boneyard removal: its text without the line terminator, its 1-based
 * line number, the 1-based column its first character had in the source, and whether a boneyard
 * cut into it (an empty line left by a boneyard is no blank line the writer typed).
 */
record SourceLine(String text, int number, int column, boolean boneyard) {

    /** Whitespace only, and not the two spaces that keep a blank line inside an element. */
    boolean isBlank() {
        return isWhitespace(text) && !isKeptBlank();
    }

    /** Exactly two spaces: Fountain's way of writing an empty line inside dialogue or action. */
    boolean isKeptBlank() {
        return text.equals("  ");
    }

    static boolean isWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The column of the first non-blank character, for positions. */
    int firstColumn() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return column + (i < text.length() ? i : 0);
    }
}
