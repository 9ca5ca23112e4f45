package dev.slate.core.fountain.internal;

import dev.slate.core.shot.internal.Fields;

import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.internal.ChunkedList;
import dev.slate.core.internal.StyleSets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fountain's inline markup: emphasis ({@code *italic*}, {@code **bold**}, {@code ***both***},
 * {@code _underline_}) and backslash escapes. Emphasis may run over the lines of one element (a
 * line break is white space to the markers; the break itself carries no style); a marker opens only
 * before a non-space and closes only after one, as in the reference parsers; an underscore opens
 * only where it does not follow a letter or digit. Misnested markers resolve as CommonMark does:
 * a marker opened inside a pair and not closed before it is text. Linear in the text's length: at
 * most one open marker per kind is tracked.
 */
final class Inline {

    /** Characters a backslash makes literal: fountain-js's set, plus brackets and parentheses. */
    static final String ESCAPABLE = "@#!*_$~`+=.><\\/[]()";

    private Inline() {
    }

    /** Reads one or more lines ({@code '\n'}-separated) of marked-up text. */
    static StyledText parse(String text) {
        return parseText(text);
    }

    /** Collects spans, merging neighbours in the same styles as it goes, so that building is linear. */
    private static final class Spans {
        private final List<StyledText.Span> done = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Set<Style> styles = Set.of();

        void add(String more, Set<Style> moreStyles) {
            if (more.isEmpty()) {
                return;
            }
            if (!moreStyles.isEmpty() && more.indexOf('\n') >= 0) { // over lines: the breaks stay plain
                int start = 0;
                for (int nl = more.indexOf('\n'); nl >= 0; start = nl + 1, nl = more.indexOf('\n', start)) {
                    addRun(more.substring(start, nl), moreStyles);
                    addRun("\n", Set.of());
                }
                addRun(more.substring(start), moreStyles);
                return;
            }
            addRun(more, moreStyles);
        }

        private void addRun(String more, Set<Style> moreStyles) {
            if (more.isEmpty()) {
                return;
            }
            if (text.length() > 0 && !moreStyles.equals(styles)) {
                flush();
            }
            styles = moreStyles;
            text.append(more);
        }

        private void flush() {
            if (text.length() > 0) {
                done.add(new StyledText.Span(text.toString(), styles));
                text.setLength(0);
            }
        }

        StyledText build() {
            flush();
            return new StyledText(done);
        }
    }

    private static final int UNDERLINE = 4;

    /**
     * A run of text, or a marker: kind 1 (italic) or 2 (bold) for asterisks, 4 for an underscore.
     * {@code ***} opens as two markers at one position, bold outside italic, which may swap when the
     * bold closes first.
     */
    private static final class Token {
        String text;
        int kind;
        final int position;
        boolean literal;
        boolean opens;

        Token(String text, int kind, int position) {
            this.text = text;
            this.kind = kind;
            this.position = position;
        }
    }

    private static StyledText parseText(String line) {
        if (!hasMarkup(line)) {
            return line.isEmpty() ? StyledText.EMPTY : StyledText.of(line);
        }
        List<Token> tokens = new ChunkedList<>(); // a long paragraph has a token a word: no one large array
        List<Token> open = new ArrayList<>(4); // at most one per kind
        StringBuilder text = new StringBuilder();
        int n = line.length();
        for (int i = 0; i < n; ) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(line.charAt(i + 1)) >= 0) {
                text.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c != '*' && c != '_') {
                text.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            if (c == '*') {
                while (end < n && line.charAt(end) == '*') {
                    end++;
                }
            }
            char before = i > 0 ? line.charAt(i - 1) : ' ';
            char after = end < n ? line.charAt(end) : ' ';
            boolean canOpen = !Character.isWhitespace(after);
            boolean canClose = !Character.isWhitespace(before);
            if (c == '_') {
                canOpen &= !Character.isLetterOrDigit(before); // snake_case_names stay as they are
            }
            flush(text, tokens, i);
            if (c == '_') {
                marker(UNDERLINE, i, canOpen, canClose, tokens, open);
            } else {
                int remaining = end - i;
                while (remaining > 0) {
                    int take = canClose ? closable(open, remaining) : 0;
                    if (take == 0 && canOpen && remaining <= 3 && !isOpen(open, remaining == 3 ? 2 : remaining)
                            && (remaining < 3 || !isOpen(open, 1))) {
                        take = remaining == 3 ? 2 : remaining; // *** opens bold, then italic
                    }
                    if (take == 0) {
                        Token literal = new Token("*".repeat(remaining), 0, i);
                        literal.literal = true;
                        tokens.add(literal);
                        break;
                    }
                    marker(take, i, canOpen, canClose, tokens, open);
                    remaining -= take;
                }
            }
            i = end;
        }
        flush(text, tokens, n);
        for (Token t : open) {
            t.literal = true;
        }
        return spans(tokens);
    }

    private static boolean hasMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '*' || c == '_' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder text, List<Token> tokens, int position) {
        if (text.length() > 0) {
            Token t = new Token(text.toString(), 0, position);
            t.literal = true;
            tokens.add(t);
            text.setLength(0);
        }
    }

    /** Adds a marker of a kind, closing the open one of that kind if it can, else opening. */
    private static void marker(int kind, int position, boolean canOpen, boolean canClose, List<Token> tokens,
                               List<Token> open) {
        Token token = new Token(kind == UNDERLINE ? "_" : "*".repeat(kind), kind, position);
        tokens.add(token);
        for (int k = open.size() - 1; k >= 0 && canClose; k--) {
            Token opener = open.get(k);
            if (opener.kind != kind) {
                continue;
            }
            // Markers opened inside this pair and never closed stay literal.
            for (int j = open.size() - 1; j > k; j--) {
                open.remove(j).literal = true;
            }
            open.remove(k);
            if (tokens.get(tokens.size() - 2) == opener) { // nothing between: not emphasis
                opener.literal = true;
                token.literal = true;
            }
            return;
        }
        if (canOpen && !isOpen(open, kind)) {
            token.opens = true;
            open.add(token);
        } else {
            token.literal = true;
        }
    }

    /**
     * The kind of the innermost open asterisk marker, if a run of {@code atMost} asterisks can close
     * it; 0 if none. Bold and italic opened together by {@code ***} swap so that the kind the run
     * closes is innermost.
     */
    private static int closable(List<Token> open, int atMost) {
        int top = open.size() - 1;
        while (top >= 0 && open.get(top).kind == UNDERLINE) {
            top--;
        }
        if (top < 0) {
            return 0;
        }
        Token inner = open.get(top);
        if (atMost < 3 && inner.kind != atMost && top > 0) {
            Token outer = open.get(top - 1);
            if (outer.kind == atMost && outer.position == inner.position) {
                outer.kind = inner.kind;
                outer.text = inner.text;
                inner.kind = atMost;
                inner.text = "*".repeat(atMost);
            }
        }
        return inner.kind <= atMost ? inner.kind : 0;
    }

    private static boolean isOpen(List<Token> open, int kind) {
        for (Token t : open) {
            if (t.kind == kind) {
                return true;
            }
        }
        return false;
    }

    private static StyledText spans(List<Token> tokens) {
        int[] active = new int[5];
        Spans spans = new Spans();
        for (Token t : tokens) {
            if (t.literal) {
                spans.add(t.text, styles(active));
            } else {
                active[t.kind] += t.opens ? 1 : -1;
            }
        }
        return spans.build();
    }

    private static Set<Style> styles(int[] active) {
        int bits = (active[1] > 0 ? 1 << Style.ITALIC.ordinal() : 0) | (active[2] > 0 ? 1 << Style.BOLD.ordinal() : 0)
                | (active[UNDERLINE] > 0 ? 1 << Style.UNDERLINE.ordinal() : 0);
        return StyleSets.ofBits(bits);
    }

    /**
     * Writes one line of styled text (no {@code '\n'} in it) as Fountain markup. Markers are opened
     * and closed only where a style changes, innermost first; a marker never stands next to a space
     * on its inner side (the reader would not take it as a marker), so whitespace at the edge of a
     * style is written outside it.
     */
    static String format(StyledText line) {
        StringBuilder out = new StringBuilder();
        String plain = line.plain();
        List<Integer> open = new ArrayList<>(3); // UNDERLINE or a star kind 1-3, outermost first
        String pendingSpace = "";
        int offset = 0;
        for (StyledText.Span span : line.spans()) {
            String text = span.text();
            int lead = 0;
            while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
                lead++;
            }
            int wanted = kind(span.styles());
            int keep = 0;
            int kept = 0;
            while (keep < open.size() && (open.get(keep) & ~wanted) == 0) {
                kept |= open.get(keep++);
            }
            boolean afterText = out.length() > 0 && pendingSpace.isEmpty() && lead == 0;
            if (afterText && (wanted & 3 & ~kept) != 0) {
                // Asterisks right after text could be read as closing the open ones: instead of
                // nesting, close the open asterisks and reopen with the combined kind.
                for (int k = 0; k < keep; k++) {
                    if (open.get(k) != UNDERLINE) {
                        keep = k;
                        break;
                    }
                }
            }
            // Bold and italic opened together may end one at a time.
            boolean partial = keep < open.size() && open.get(keep) == 3 && (wanted & 3) != 0 && (wanted & 3) != 3;
            for (int k = open.size() - 1; k > keep || k == keep && !partial; k--) {
                out.append(marker(open.remove(k)));
            }
            if (partial) {
                out.append(marker(3 & ~wanted));
                open.set(keep, wanted & 3);
            }
            if (lead == text.length()) { // only spaces: styles end before them, none start
                pendingSpace += text;
                offset += text.length();
                continue;
            }
            int trail = text.length();
            while (Character.isWhitespace(text.charAt(trail - 1))) {
                trail--;
            }
            out.append(pendingSpace).append(text, 0, lead);
            if ((wanted & UNDERLINE) != 0 && !open.contains(UNDERLINE) && endsInWord(out)) {
                // An underscore right after a letter or digit does not open: close the open asterisks
                // so that it follows them; they are opened again after it.
                for (int k = open.size() - 1; k >= 0; k--) {
                    out.append(marker(open.remove(k)));
                }
            }
            int missing = wanted;
            for (int kind : open) {
                missing &= ~kind;
            }
            // An underscore right after a letter or digit does not open, and asterisks right after an
            // underscore could close open ones: asterisks go first, except after punctuation (where
            // an underscore opens, and open asterisks were closed above).
            boolean starFirst = out.length() == 0 || endsInWord(out)
                    || Character.isWhitespace(out.charAt(out.length() - 1));
            if ((missing & 3) != 0 && starFirst) {
                open.add(missing & 3);
                out.append(marker(missing & 3));
            }
            if ((missing & UNDERLINE) != 0) {
                open.add(UNDERLINE);
                out.append('_');
            }
            if ((missing & 3) != 0 && !starFirst) {
                open.add(missing & 3);
                out.append(marker(missing & 3));
            }
            escape(plain, offset + lead, offset + trail, out);
            pendingSpace = text.substring(trail);
            offset += text.length();
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            out.append(marker(open.get(k)));
        }
        return noBoneyard(out.append(pendingSpace));
    }

    private static boolean endsInWord(StringBuilder out) {
        return out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1));
    }

    /** A slash before an emphasis marker would open a boneyard: escape it. */
    private static String noBoneyard(StringBuilder line) {
        if (line.indexOf("/*") < 0) {
            return line.toString();
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(++i));
                continue;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Styles as marker bits: 1 italic, 2 bold, 4 underline (so a star kind is its own bits). */
    private static int kind(Set<Style> styles) {
        return (styles.contains(Style.ITALIC) ? 1 : 0) | (styles.contains(Style.BOLD) ? 2 : 0)
                | (styles.contains(Style.UNDERLINE) ? UNDERLINE : 0);
    }

    private static String marker(int kind) {
        return kind == UNDERLINE ? "_" : "*".repeat(kind);
    }

    /** Escapes what the reader would take as markup: asterisks, underscores, backslashes, "[[". */
    static void escape(String plain, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = plain.charAt(i);
            if (c == '*' || c == '_' || c == '\\'
                    || c == '[' && i + 1 < plain.length() && plain.charAt(i + 1) == '[') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** Plain text (a heading, a section, a synopsis) with its backslash escapes read. */
    static String unescape(String text) {
        return Fields.unescape(text, ESCAPABLE);
    }

    /** Plain text escaped so that it reads back the same: backslashes, "[[" and "/*". */
    static String escapePlain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\\' && (ESCAPABLE.indexOf(next) >= 0 || i + 1 == text.length())
                    || c == '[' && next == '[' || c == '/' && next == '*') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
