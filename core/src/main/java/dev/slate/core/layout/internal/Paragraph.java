package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One paragraph of styled text (no line breaks) that rows are cut from: its plain characters and
 * where each span starts, so that a row costs the spans it covers, not the whole paragraph.
 */
final class Paragraph {

    private final StyledText text;
    private final String plain;
    private final List<StyledText.Span> spans;
    private final int[] starts;
    private final int end;

    Paragraph(StyledText text) {
        this.text = text;
        this.spans = text.spans();
        this.starts = new int[spans.size()];
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = at;
            at += spans.get(i).text().length();
        }
        this.plain = text.plain();
        int e = plain.length();
        while (e > 0 && Character.isWhitespace(plain.charAt(e - 1))) {
            e--;
        }
        this.end = e;
    }

    /** The characters without styles. */
    String plain() {
        return plain;
    }

    /** Where the text ends, trailing white space left out. */
    int end() {
        return end;
    }

    /** The characters from {@code start} to {@code stop}, styles kept. */
    StyledText slice(int start, int stop) {
        if (start >= stop) {
            return StyledText.EMPTY;
        }
        if (start == 0 && stop == plain.length()) {
            return text; // a paragraph that fits on one row, the common case
        }
        int i = Arrays.binarySearch(starts, start);
        if (i < 0) {
            i = -i - 2;
        }
        List<StyledText.Span> out = new ArrayList<>();
        for (; i < spans.size() && starts[i] < stop; i++) {
            StyledText.Span span = spans.get(i);
            int from = Math.max(start, starts[i]) - starts[i];
            int to = Math.min(stop, starts[i] + span.text().length()) - starts[i];
            if (from < to) {
                out.add(new StyledText.Span(span.text().substring(from, to), span.styles()));
            }
        }
        return new StyledText(out);
    }
}
