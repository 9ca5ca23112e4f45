package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.internal.ChunkedList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One paragraph of styled text (a line of an element, between its line breaks) that rows are cut
 * from. The paragraphs of an element share its plain characters and where each of its spans starts,
 * and a paragraph is only its place in them: positions are offsets into the element's text, so
 * that an element of many short lines costs no copy of each line, and a row costs the spans it covers
 * only once it is printed.
 */
final class Paragraph {

    /** The characters of an element, shared by its paragraphs. */
    private static final class Source {
        private final StyledText text;
        private final String plain;
        /** Where each span starts, or null for a text of one span. */
        private final int[] starts;

        Source(StyledText text) {
            this.text = text;
            List<StyledText.Span> spans = text.spans();
            if (spans.size() > 1) {
                this.starts = new int[spans.size()];
                int at = 0;
                for (int i = 0; i < spans.size(); i++) {
                    starts[i] = at;
                    at += spans.get(i).text().length();
                }
            } else {
                this.starts = null;
            }
            this.plain = text.plain();
        }
    }

    private final Source source;
    private final int begin;
    private final int end;
    private final int limit;

    private Paragraph(Source source, int begin, int limit) {
        this.source = source;
        this.begin = begin;
        this.limit = limit;
        int e = limit;
        while (e > begin && Character.isWhitespace(source.plain.charAt(e - 1))) {
            e--;
        }
        this.end = e;
    }

    /** The paragraphs of a text, one for each line; an empty text gives one empty paragraph. */
    static List<Paragraph> of(StyledText text) {
        Source source = new Source(text);
        String plain = source.plain;
        List<Paragraph> paragraphs = new ChunkedList<>();
        int begin = 0;
        for (int nl = plain.indexOf('\n'); nl >= 0; nl = plain.indexOf('\n', begin)) {
            paragraphs.add(new Paragraph(source, begin, nl));
            begin = nl + 1;
        }
        paragraphs.add(new Paragraph(source, begin, plain.length()));
        return paragraphs;
    }

    /** The characters of the element without styles; the paragraph is {@link #begin()} to {@link #limit()} of them. */
    String plain() {
        return source.plain;
    }

    /** Where the paragraph starts in {@link #plain()}. */
    int begin() {
        return begin;
    }

    /** Where the paragraph's text ends in {@link #plain()}, trailing white space left out. */
    int end() {
        return end;
    }

    /** Where the paragraph ends in {@link #plain()}: at its line break, or at the end of the element. */
    int limit() {
        return limit;
    }

    /** The characters from {@code start} to {@code stop} of {@link #plain()}, styles kept. */
    StyledText slice(int start, int stop) {
        if (start >= stop) {
            return StyledText.EMPTY;
        }
        String plain = source.plain;
        if (start == 0 && stop == plain.length()) {
            return source.text; // an element that fits on one row, the common case
        }
        List<StyledText.Span> spans = source.text.spans();
        int[] starts = source.starts;
        if (starts == null) {
            StyledText.Span span = spans.get(0);
            return new StyledText(List.of(new StyledText.Span(plain.substring(start, stop), span.styles())));
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
            if (from == 0 && to == span.text().length()) {
                out.add(span); // a span inside the row is shared with the element
            } else if (from < to) {
                out.add(new StyledText.Span(span.text().substring(from, to), span.styles()));
            }
        }
        return new StyledText(out);
    }
}
