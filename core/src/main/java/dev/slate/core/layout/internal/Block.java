package dev.slate.core.layout.internal;

import java.util.List;

/**
 * An element laid out as rows, with what the page filler needs to know to break it: its kind, its
 * scene and, for dialogue, the cue rows to repeat with (CONT'D) after a split.
 */
record Block(Kind kind, int scene, List<Row> rows, List<Row> continuedCue) {

    /** How a block may be broken across pages. */
    enum Kind {
        /** A scene heading: never the last thing on a page. */
        HEADING,
        /** A shot heading in the script text: never the last thing on a page, never a new page. */
        SHOT_HEADING,
        /** Action or lyrics: kept whole up to 3 rows, else split with 2 rows on each side. */
        TEXT,
        /** A dialogue block: split inside speech with (MORE) and (CONT'D). */
        DIALOGUE,
        /** Never at the top of a page. */
        TRANSITION,
        /** Kept whole: dual dialogue, centred text, notes, sections, synopses. */
        WHOLE,
        /** A forced page break; no rows. */
        PAGE_BREAK
    }

    Block {
        rows = List.copyOf(rows);
        continuedCue = List.copyOf(continuedCue);
    }

    static Block of(Kind kind, int scene, List<Row> rows) {
        return new Block(kind, scene, rows, List.of());
    }

    int height() {
        return rows.size();
    }

    /** The rows from {@code from} on, as the block that continues on the next page. */
    Block tail(int from) {
        List<Row> rest = rows.subList(from, rows.size());
        if (kind == Kind.DIALOGUE && !continuedCue.isEmpty() && rows.get(from).part() != Row.Part.CUE) {
            List<Row> withCue = new java.util.ArrayList<>(continuedCue);
            withCue.addAll(rest);
            return new Block(kind, scene, withCue, continuedCue);
        }
        return new Block(kind, scene, rest, continuedCue);
    }
}
