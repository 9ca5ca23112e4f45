package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.internal.ChunkedList;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps styled text to a width in characters: at the last space that fits; a word longer than a
 * line breaks after its last hyphen that fits, or, with none, right at the width. The writer's line
 * breaks are kept; spaces at a wrap are dropped. Time is linear in the text: each row is found by
 * looking back at most one line, and cut from the spans it covers.
 */
final class Wrapper {

    private Wrapper() {
    }

    /** A wrapped row: the characters {@code start} to {@code end} of its paragraph; the next row starts at {@code next}. */
    record Cut(Paragraph paragraph, int start, int end, int next) {
        StyledText text() {
            return paragraph.slice(start, end);
        }
    }

    /** Wraps to {@code width}, continuation rows of a paragraph to {@code nextWidth} (a hanging indent). */
    static List<Cut> cuts(StyledText text, int width, int nextWidth) {
        List<Cut> rows = new ChunkedList<>();
        for (Paragraph paragraph : Paragraph.of(clean(text))) {
            int start = paragraph.begin();
            int w = width;
            do {
                Cut cut = cut(paragraph, start, w);
                rows.add(cut);
                start = cut.next();
                w = nextWidth;
            } while (start < paragraph.end());
        }
        return rows;
    }

    static List<StyledText> wrap(StyledText text, int width, int nextWidth) {
        List<StyledText> rows = new ArrayList<>();
        for (Cut cut : cuts(text, width, nextWidth)) {
            rows.add(cut.text());
        }
        return rows;
    }

    static List<StyledText> wrap(StyledText text, int width) {
        return wrap(text, width, width);
    }

    /** The row of {@code paragraph} that starts at {@code start}, at most {@code width} characters. */
    static Cut cut(Paragraph paragraph, int start, int width) {
        String s = paragraph.plain();
        int end = paragraph.end();
        if (end - start <= width) {
            return new Cut(paragraph, start, Math.max(start, end), Math.max(start, end));
        }
        int limit = start + width;
        int space = -1;
        for (int i = limit; i > start; i--) {
            if (s.charAt(i) == ' ') {
                space = i;
                break;
            }
        }
        int wordStart = space < 0 ? start : space + 1;
        // the word across the limit: broken after a hyphen only when no line could hold it
        int hyphen = space == limit || !longerThan(s, wordStart, end, width) ? -1 : hyphenBefore(s, wordStart, limit);
        int rowEnd;
        if (hyphen > 0) {
            rowEnd = hyphen;
        } else if (space >= 0) {
            rowEnd = space;
        } else {
            rowEnd = limit;
            if (Character.isLowSurrogate(s.charAt(rowEnd)) && rowEnd - 1 > start) {
                rowEnd--;
            }
        }
        int next = rowEnd;
        while (rowEnd > start && s.charAt(rowEnd - 1) == ' ') {
            rowEnd--;
        }
        while (next < end && s.charAt(next) == ' ') {
            next++;
        }
        return new Cut(paragraph, start, rowEnd, next);
    }

    /** Whether the word starting at {@code from} is longer than {@code width}; looks at most one line ahead. */
    private static boolean longerThan(String s, int from, int end, int width) {
        int stop = Math.min(end, from + width + 1);
        for (int i = from; i < stop; i++) {
            if (s.charAt(i) == ' ') {
                return false;
            }
        }
        return stop - from > width;
    }

    /** The position just after the last hyphen between letters in {@code from..limit}, or -1. */
    private static int hyphenBefore(String s, int from, int limit) {
        for (int i = limit - 1; i > from; i--) {
            if (s.charAt(i) == '-' && Character.isLetterOrDigit(s.charAt(i - 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Tabs become four spaces; other control characters (a stray carriage return) are dropped. */
    private static StyledText clean(StyledText text) {
        boolean clean = true;
        for (StyledText.Span span : text.spans()) {
            String t = span.text();
            for (int i = 0; i < t.length() && clean; i++) {
                char c = t.charAt(i);
                clean = c >= ' ' || c == '\n';
            }
        }
        if (clean) {
            return text;
        }
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            StringBuilder out = new StringBuilder();
            for (char c : span.text().toCharArray()) {
                if (c == '\t') {
                    out.append("    ");
                } else if (c >= ' ' || c == '\n') {
                    out.append(c);
                }
            }
            spans.add(new StyledText.Span(out.toString(), span.styles()));
        }
        return new StyledText(spans);
    }
}
