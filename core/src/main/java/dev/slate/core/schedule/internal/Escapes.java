package dev.slate.core.schedule.internal;

import java.util.ArrayList;
import java.util.List;

/** Fields of a day note: split at each {@code |} not escaped by a backslash. */
final class Escapes {

    private Escapes() {
    }

    /** The start and end offset of each field. */
    static List<int[]> fields(String text) {
        List<int[]> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                fields.add(new int[] {start, i});
                start = i + 1;
            }
        }
        fields.add(new int[] {start, text.length()});
        return fields;
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A name written so that it reads back as itself: backslash and bar escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }
}
