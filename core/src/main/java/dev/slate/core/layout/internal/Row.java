package dev.slate.core.layout.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One printed row of a block: its pieces, what part of a dialogue it belongs to, and whether it ends
 * a sentence (a preferred place for a page break).
 */
record Row(List<Piece> pieces, Part part) {

    /** The part of a block a row belongs to; only rows of speech may be split between pages. */
    enum Part {
        CUE, PARENTHETICAL, SPEECH, OTHER
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"'\u201d\u2019)\\]]*\\s*$");

    Row {
        pieces = List.copyOf(pieces);
    }

    static Row of(Piece piece, Part part) {
        return new Row(List.of(piece), part);
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
        return !pieces.isEmpty() && SENTENCE_END.matcher(pieces.get(pieces.size() - 1).text().plain()).find();
    }
}
