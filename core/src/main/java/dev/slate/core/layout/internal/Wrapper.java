package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps styled text to a width in characters: at the last space that fits, or, for a word longer
 * than the line, right at the width. The writer's line breaks are kept; spaces at a wrap are dropped.
 */
final class Wrapper {

    private Wrapper() {
    }

    /** Wraps to {@code width}, continuation rows of a paragraph to {@code nextWidth} (a hanging indent). */
    static List<StyledText> wrap(StyledText text, int width, int nextWidth) {
        List<StyledText> rows = new ArrayList<>();
        for (StyledText paragraph : clean(text).lines()) {
            wrapParagraph(paragraph, width, nextWidth, rows);
        }
        return rows;
    }

    static List<StyledText> wrap(StyledText text, int width) {
        return wrap(text, width, width);
    }

    private static void wrapParagraph(StyledText paragraph, int width, int nextWidth, List<StyledText> rows) {
        String s = paragraph.plain();
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        int w = width;
        while (end - start > w) {
            int limit = start + w;
            int space = s.lastIndexOf(' ', limit);
            int rowEnd;
            int next;
            if (space > start) {
                rowEnd = space;
                next = space;
            } else {
                rowEnd = limit;
                if (Character.isLowSurrogate(s.charAt(rowEnd)) && rowEnd - 1 > start) {
                    rowEnd--;
                }
                next = rowEnd;
            }
            while (rowEnd > start && s.charAt(rowEnd - 1) == ' ') {
                rowEnd--;
            }
            rows.add(paragraph.substring(start, rowEnd));
            while (next < end && s.charAt(next) == ' ') {
                next++;
            }
            start = next;
            w = nextWidth;
        }
        if (start < end || rows.isEmpty() || start == 0) {
            rows.add(paragraph.substring(start, end));
        }
    }

    /** Tabs become four spaces; other control characters (a stray carriage return) are dropped. */
    private static StyledText clean(StyledText text) {
        String plain = text.plain();
        boolean clean = true;
        for (int i = 0; i < plain.length() && clean; i++) {
            char c = plain.charAt(i);
            clean = c >= ' ' || c == '\n';
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
