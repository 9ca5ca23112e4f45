package dev.slate.core.layout.internal;

import java.util.List;

/**
 * One printed row of a block: its pieces, what part of a dialogue it belongs to, and, for a row of
 * speech or action, the wrapped row it shows, so that a page break inside it can re-wrap the rest.
 */
record Row(List<Piece> pieces, Part part, Wrapper.Cut cut, int width) {

    /** The part of a block a row belongs to; only rows of speech may be split between pages. */
    enum Part {
        CUE, PARENTHETICAL, SPEECH, OTHER
    }

    Row {
        pieces = List.copyOf(pieces);
    }

    Row(List<Piece> pieces, Part part) {
        this(pieces, part, null, 0);
    }

    static Row of(Piece piece, Part part) {
        return new Row(List.of(piece), part);
    }

    /** A row of wrapped text that may be re-wrapped to {@code width} after a break inside it. */
    static Row wrapped(Piece piece, Part part, Wrapper.Cut cut, int width) {
        return new Row(List.of(piece), part, cut, width);
    }

    boolean isBlank() {
        for (Piece piece : pieces) {
            if (!piece.text().plain().isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean endsSentence() {
        if (cut != null) {
            return Sentences.endsAt(cut.paragraph().plain(), cut.end());
        }
        if (pieces.isEmpty()) {
            return false;
        }
        String text = pieces.get(pieces.size() - 1).text().plain();
        return Sentences.endsAt(text, text.length());
    }
}
