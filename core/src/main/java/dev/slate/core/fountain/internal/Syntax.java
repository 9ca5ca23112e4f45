package dev.slate.core.fountain.internal;

import dev.slate.core.internal.Casing;
import dev.slate.core.internal.SlateNumbers;

import java.util.Locale;

/**
 * The line-level rules of Fountain 1.1, shared by the reader (to classify) and the writer (to know
 * when a forced marker is needed). Every test is a linear scan; no regular expressions.
 */
final class Syntax {

    private static final String[] HEADING_PREFIXES = {"INT./EXT", "INT/EXT", "I./E", "I/E", "INT", "EXT", "EST"};
    private static final String[] TITLE_KEYS = {"title", "credit", "author", "authors", "source", "notes",
            "draft date", "draftdate", "date", "contact", "copyright", "revision", "revisions"};

    private Syntax() {
    }

    /** A natural scene heading: INT, EXT, EST, INT./EXT, INT/EXT or I/E, then a dot or a space. */
    static boolean hasHeadingPrefix(String stripped) {
        char first = stripped.isEmpty() ? ' ' : stripped.charAt(0);
        if (first != 'I' && first != 'i' && first != 'E' && first != 'e' && first != '\u0131') {
            return false; // most lines: no prefix can start here (the dotless ı capitalises to I)
        }
        String upper = stripped.length() > 10 ? stripped.substring(0, 10).toUpperCase(Locale.ROOT)
                : stripped.toUpperCase(Locale.ROOT);
        for (String prefix : HEADING_PREFIXES) {
            if (upper.startsWith(prefix) && upper.length() > prefix.length()) {
                char next = upper.charAt(prefix.length());
                if (next == '.' || next == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A forced scene heading: a dot, then a letter or digit ({@code .(FLASHBACK)}, {@code . NOT} and
     * {@code ...} are action, as the spec says).
     */
    static boolean isForcedHeading(String stripped) {
        return stripped.length() > 1 && stripped.charAt(0) == '.' && Character.isLetterOrDigit(stripped.codePointAt(1));
    }

    /** A continuation of a title-page value: indented by three or more spaces, or a tab. */
    static boolean isTitleContinuation(String raw) {
        return raw.startsWith("\t") || raw.startsWith("   ") && !raw.isBlank();
    }

    /** No lower-case letter and at least one letter: how cues and transitions are written. */
    static boolean isUpperCase(CharSequence text, int from, int to) {
        return Casing.isUpperCase(text, from, to);
    }

    /** A transition without its {@code >}: upper case ending in {@code TO:} (no trailing space). */
    static boolean isNaturalTransition(String raw) {
        String stripped = raw.stripLeading();
        return isUpperCase(stripped, 0, stripped.length()) && "!@#~=>.".indexOf(stripped.charAt(0)) < 0
                && (stripped.endsWith(" TO:") || stripped.equals("FADE OUT.") || stripped.equals("CUT TO BLACK.")
                || stripped.equals("FADE TO BLACK."));
    }

    static boolean isCentered(String stripped) {
        return stripped.length() >= 2 && stripped.charAt(0) == '>' && stripped.charAt(stripped.length() - 1) == '<';
    }

    static boolean isPageBreak(String stripped) {
        if (stripped.length() < 3) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    static boolean isSynopsis(String stripped) {
        return stripped.startsWith("=") && !stripped.startsWith("==");
    }

    static boolean isSection(String stripped) {
        return stripped.startsWith("#");
    }

    static boolean isLyric(String stripped) {
        return stripped.startsWith("~");
    }

    /**
     * Whether a line can be a character cue: {@code @} forces one; otherwise the name (before any
     * parenthesis) is upper case, the line does not start with a marker character and is no transition.
     */
    static boolean isCue(String stripped) {
        if (stripped.isEmpty()) {
            return false;
        }
        char first = stripped.charAt(0);
        if (first == '@') {
            return stripped.length() > 1 && !stripped.substring(1).isBlank();
        }
        if ("!.>~=#\\[".indexOf(first) >= 0 || isNaturalTransition(stripped)) {
            return false;
        }
        int end = stripped.length();
        if (stripped.endsWith("^")) {
            end--;
        }
        int paren = stripped.indexOf('(');
        int nameEnd = paren >= 0 ? paren : end;
        return nameEnd > 0 && isUpperCase(stripped, 0, nameEnd) && (paren < 0 || stripped.lastIndexOf(')') > paren);
    }

    /** A title-page key line that may start a title page: {@code Title:}, {@code Author:}... */
    static boolean startsTitlePage(String raw) {
        String key = titleKey(raw);
        if (key == null) {
            return false;
        }
        key = key.toLowerCase(Locale.ROOT);
        for (String known : TITLE_KEYS) {
            if (known.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The key of a title-page line {@code Key: value}, or null: letters, digits, spaces, _ and -. */
    static String titleKey(String raw) {
        if (raw.isEmpty() || Character.isWhitespace(raw.charAt(0))) {
            return null;
        }
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-') {
                return null;
            }
        }
        String key = raw.substring(0, colon).strip();
        return key.isEmpty() ? null : key;
    }

    /** Scene numbers as Fountain writes them between # signs, in the form the model accepts. */
    static boolean isSceneNumber(String text) {
        return SlateNumbers.isValid(text);
    }

    /** Whether the character at {@code index} follows an odd number of backslashes, which make it literal. */
    static boolean isEscaped(String text, int index) {
        int backslashes = 0;
        while (index - backslashes > 0 && text.charAt(index - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
