package dev.slate.core;

import dev.slate.core.internal.Vocabularies;

import java.util.List;

/** The kind of shot by what it frames and why: a single, an over-the-shoulder, a POV. */
public enum Framing implements Term {
    SINGLE("single", "single", "1S"),
    TWO_SHOT("2-shot", "two-shot", "2S", "two"),
    THREE_SHOT("3-shot", "three-shot", "3S", "three"),
    GROUP("group", "group shot"),
    OTS("OTS", "over-the-shoulder", "OS shot", "over shoulder"),
    POV("POV", "point of view", "point-of-view"),
    MASTER("master", "master shot"),
    ESTABLISHING("establishing", "establishing shot", "EST"),
    CUTAWAY("cutaway", "cutaway", "cut away"),
    REACTION("reaction", "reaction shot");

    private final String abbreviation;
    private final String label;
    private final List<String> aliases;

    Framing(String abbreviation, String label, String... aliases) {
        this.abbreviation = abbreviation;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Framing parse(String text) {
        return Vocabularies.parse(Framing.class, text, "framing");
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
