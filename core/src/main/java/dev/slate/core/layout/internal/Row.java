package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Line;

import java.util.List;

/**
 * One printed row of a block: its pieces, what part of a dialogue it belongs to, and, for a row of
 * speech or action, where in its paragraph the wrapped row lies, so that a page break inside it can
 * re-wrap the rest. A wrapped row holds its paragraph and offsets into it, and shares the placement
 * of its text with the other rows of its block: its text is cut from the paragraph only when the row
 * is laid on a page. So a paragraph of many thousand rows costs one small object a row until then.
 */
final class Row {

    /** The part of a block a row belongs to; only rows of speech may be split between pages. */
    enum Part {
        CUE, PARENTHETICAL, SPEECH, OTHER
    }

    /** A {@link Piece}, or a list of none or several; for a wrapped row, the placement of its text. */
    private final Object pieces;
    private final Part part;
    /** The paragraph of a wrapped row, else null. */
    private final Paragraph paragraph;
    private final int start;
    private final int end;
    private final int next;
    private final int width;

    private Row(Object pieces, Part part, Paragraph paragraph, int start, int end, int next, int width) {
        this.pieces = pieces;
        this.part = part;
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.next = next;
        this.width = width;
    }

    Row(List<Piece> pieces, Part part) {
        this(pieces.size() == 1 ? pieces.get(0) : List.copyOf(pieces), part, null, 0, 0, 0, 0);
    }

    static Row of(Piece piece, Part part) {
        return new Row(piece, part, null, 0, 0, 0, 0);
    }

    /**
     * A row of wrapped text that may be re-wrapped to {@code width} after a break inside it;
     * {@code place} is where its text goes (its own text is not read).
     */
    static Row wrapped(Piece place, Part part, Wrapper.Cut cut, int width) {
        return new Row(place, part, cut.paragraph(), cut.start(), cut.end(), cut.next(), width);
    }

    /** The same wrapped row, cut again: the rest of a row re-wrapped after a break. */
    Row recut(Wrapper.Cut cut) {
        return wrapped((Piece) pieces, part, cut, width);
    }

    /** The pieces of the row; a wrapped row's text is cut from its paragraph on each call. */
    @SuppressWarnings("unchecked")
    List<Piece> pieces() {
        return pieces instanceof Piece ? List.of(piece(0)) : (List<Piece>) pieces;
    }

    /** How many pieces the row has. */
    int size() {
        return pieces instanceof Piece ? 1 : pieces().size();
    }

    /** Piece {@code i} of the row, read without a list for a row of one piece. */
    Piece piece(int i) {
        if (pieces instanceof Piece piece && i == 0) {
            return paragraph == null ? piece : piece.withText(paragraph.slice(start, end));
        }
        return pieces().get(i);
    }

    /** The line that piece {@code i} prints at {@code row}; a wrapped row's text is cut from its paragraph now. */
    Line line(int i, int row, int scene, int element) {
        if (paragraph != null && i == 0) {
            return ((Piece) pieces).at(row, scene, element, paragraph.slice(start, end));
        }
        return piece(i).at(row, scene, element);
    }

    /** Whether piece {@code i} is in a dual dialogue's right column. */
    boolean right(int i) {
        return pieces instanceof Piece piece ? piece.right() : pieces().get(i).right();
    }

    Part part() {
        return part;
    }

    /** Whether the row is wrapped text of a paragraph, which {@link #paragraph()} and the offsets tell. */
    boolean isWrapped() {
        return paragraph != null;
    }

    Paragraph paragraph() {
        return paragraph;
    }

    /** Where the row starts in its paragraph. */
    int start() {
        return start;
    }

    /** Where the row's characters end in its paragraph. */
    int end() {
        return end;
    }

    /** Where the paragraph's next row starts. */
    int next() {
        return next;
    }

    /** The width the row was wrapped to. */
    int width() {
        return width;
    }

    boolean isBlank() {
        if (paragraph != null) {
            String plain = paragraph.plain();
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(plain.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        if (pieces instanceof Piece piece) {
            return blank(piece.text());
        }
        for (Piece piece : pieces()) {
            if (!blank(piece.text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is only white space, read span by span rather than joined. */
    private static boolean blank(StyledText text) {
        for (StyledText.Span span : text.spans()) {
            if (!span.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean endsSentence() {
        if (paragraph != null) {
            return Sentences.endsAt(paragraph.plain(), end, paragraph.limit());
        }
        List<Piece> all = pieces();
        if (all.isEmpty()) {
            return false;
        }
        String text = all.get(all.size() - 1).text().plain();
        return Sentences.endsAt(text, text.length());
    }
}
