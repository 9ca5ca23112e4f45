package dev.slate.cli.internal;

/**
 * Text from a script made safe to print on a terminal: a heading holding {@code ESC[2J} or an OSC
 * title sequence must not clear the screen or retitle the window. Control characters (C0, DEL, C1)
 * and the bidirectional overrides that reorder what a reader sees are printed as {@code \}{@code uXXXX}.
 */
public final class Terminal {

    private Terminal() {
    }

    /** One line: every control character escaped, line breaks too. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** Several lines: {@code \n} and {@code \r\n} kept as line breaks, every other control character escaped. */
    public static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = keepLineBreaks
                    && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (lineBreak || !isUnsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }

    /** Whether a terminal could act on this character instead of showing it (tab is safe). */
    public static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
