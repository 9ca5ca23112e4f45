package dev.slate.core;

import dev.slate.core.internal.Vocabularies;

import java.util.List;

/** The direction of a camera move. */
public enum Direction implements Term {
    LEFT("left", "left", "L"),
    RIGHT("right", "right", "R"),
    UP("up", "up"),
    DOWN("down", "down"),
    IN("in", "in"),
    OUT("out", "out"),
    CLOCKWISE("clockwise", "clockwise", "CW"),
    COUNTERCLOCKWISE("counterclockwise", "counterclockwise", "CCW", "anticlockwise");

    private final String abbreviation;
    private final String label;
    private final List<String> aliases;

    Direction(String abbreviation, String label, String... aliases) {
        this.abbreviation = abbreviation;
        this.label = label;
        this.aliases = List.of(aliases);
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
    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String toString() {
        return abbreviation;
    }
}
