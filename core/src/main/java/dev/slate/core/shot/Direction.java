package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * The direction of a camera move.
 *
 * @since 0.1.0
 */
public enum Direction implements Term {
    LEFT("left", "left", "L"),
    RIGHT("right", "right", "R"),
    UP("up", "up"),
    DOWN("down", "down"),
    IN("in", "in"),
    OUT("out", "out"),
    CLOCKWISE("clockwise", "clockwise", "CW"),
    COUNTERCLOCKWISE("counterclockwise", "counterclockwise", "CCW", "anticlockwise");

    private final Term.Words words;

    Direction(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Direction parse(String text) {
        return Vocabularies.parse(Direction.class, text, "direction");
    }

    @Override
    public Term.Words words() {
        return words;
    }

    @Override
    public String toString() {
        return words.abbreviation();
    }
}
