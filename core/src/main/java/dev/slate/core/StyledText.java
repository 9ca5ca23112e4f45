package dev.slate.core;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.StyleSets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Text with inline styles: a list of spans, each with its set of {@link Style}s. Line breaks are
 * {@code '\n'} inside span text. The span list is kept canonical (no empty spans, neighbours with the
 * same styles merged), so two texts that read and look the same are equal.
 *
 * @since 0.1.0
 */
public record StyledText(List<Span> spans) {

    /** The empty text. */
    public static final StyledText EMPTY = new StyledText(List.of());

    /** A run of text in one set of styles; spans with equal styles share one immutable set. */
    public record Span(String text, Set<Style> styles) {
        public Span {
            Checks.notNull(text, "text");
            styles = StyleSets.of(Checks.notNull(styles, "styles")); // one shared set for each combination
        }

        /** Whether this span carries the style. */
        public boolean has(Style style) {
            return styles.contains(style);
        }
    }

    public StyledText {
        spans = canonical(Checks.listOf(spans, "spans"));
    }

    /** Unstyled text. */
    public static StyledText of(String text) {
        return new StyledText(List.of(new Span(Checks.notNull(text, "text"), Set.of())));
    }

    /** Text in the given styles. */
    public static StyledText of(String text, Style... styles) {
        Set<Style> set = styles.length == 0 ? Set.of() : EnumSet.of(styles[0], styles);
        return new StyledText(List.of(new Span(Checks.notNull(text, "text"), set)));
    }

    /** The characters without styles. */
    public String plain() {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append(span.text());
        }
        return out.toString();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Whether any span has a style. */
    public boolean isStyled() {
        return spans.stream().anyMatch(s -> !s.styles().isEmpty());
    }

    /** This text followed by the other. */
    public StyledText append(StyledText other) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return new StyledText(all);
    }

    /**
     * The text split at each {@code '\n'}, styles kept, as an unmodifiable list; an empty text gives one
     * empty line, and a text without a line break is its own only line. A span that no break cuts is
     * shared with this text, not copied.
     */
    public List<StyledText> lines() {
        List<StyledText> lines = null;
        List<Span> current = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text();
            int start = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                if (lines == null) {
                    lines = new ArrayList<>();
                }
                Span piece = new Span(text.substring(start, nl), span.styles());
                if (current.isEmpty()) { // a line inside one span, the common case: no list to build
                    lines.add(piece.text().isEmpty() ? EMPTY : new StyledText(List.of(piece)));
                } else {
                    current.add(piece);
                    lines.add(new StyledText(current));
                    current = new ArrayList<>();
                }
                start = nl + 1;
            }
            // a span without a line break is shared, not copied: a long line costs its spans once
            current.add(start == 0 ? span : new Span(text.substring(start), span.styles()));
        }
        if (lines == null) {
            return List.of(this);
        }
        lines.add(new StyledText(current));
        return Collections.unmodifiableList(lines);
    }

    /** The characters from {@code start} (inclusive) to {@code end} (exclusive), styles kept. */
    public StyledText substring(int start, int end) {
        List<Span> out = new ArrayList<>();
        int offset = 0;
        for (Span span : spans) {
            int spanEnd = offset + span.text().length();
            int from = Math.max(start, offset);
            int to = Math.min(end, spanEnd);
            if (from < to) {
                out.add(new Span(span.text().substring(from - offset, to - offset), span.styles()));
            }
            offset = spanEnd;
        }
        return new StyledText(out);
    }

    public int length() {
        int length = 0;
        for (Span span : spans) {
            length += span.text().length();
        }
        return length;
    }

    private static List<Span> canonical(List<Span> spans) {
        boolean canonical = true;
        for (int i = 0; i < spans.size() && canonical; i++) {
            canonical = !spans.get(i).text().isEmpty()
                    && (i == 0 || !spans.get(i - 1).styles().equals(spans.get(i).styles()));
        }
        if (canonical) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).styles().equals(span.styles())) {
                out.set(last, new Span(out.get(last).text() + span.text(), span.styles()));
            } else {
                out.add(span);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return plain();
    }
}
