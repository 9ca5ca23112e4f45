package dev.slate.core.revision.internal;

import dev.slate.core.revision.TextRange;

import java.util.ArrayList;
import java.util.List;

/** The words of a text (runs of non-blank characters) with their places. */
public record Words(String text, List<TextRange> ranges) {

    /** Splits {@code text} into words. */
    public static Words of(String text) {
        List<TextRange> ranges = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (blank && start >= 0) {
                ranges.add(new TextRange(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return new Words(text, List.copyOf(ranges));
    }

    /** The words themselves. */
    public List<String> list() {
        return ranges.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }
}
