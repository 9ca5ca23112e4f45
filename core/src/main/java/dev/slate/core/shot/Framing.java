package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * The kind of shot by what it frames and why: a single, an over-the-shoulder, a POV.
 *
 * @since 0.1.0
 */
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
    REACTION("reaction", "reaction shot"),
    /**
     * A detail cut into the scene, framed at any size ({@code ECU, insert}); the same words alone
     * name the {@link ShotSize#INSERT} size.
     */
    INSERT("insert", "insert", "cut-in", "cut in", "insert shot");

    private final Term.Words words;

    Framing(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
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
    public Term.Words words() {
        return words;
    }

    @Override
    public String toString() {
        return words.abbreviation();
    }
}
