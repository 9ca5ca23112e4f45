package dev.slate.core.internal;

/** The form of scene and shot numbers: ASCII letters and digits, dots and dashes, starting with a letter or digit. */
public final class SlateNumbers {

    private SlateNumbers() {
    }

    /** Whether the text is a scene or shot number such as {@code 10A}, {@code 3} or {@code }. */
    public static boolean isValid(String text) {
        if (text.isEmpty() || text.charAt(0) > 127 || !Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
