package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * How fast a camera move goes.
 *
 * @since 0.1.0
 */
public enum Speed implements Term {
    SLOW("slow", "slow", "slowly"),
    MEDIUM("medium", "medium speed", "steady"),
    FAST("fast", "fast", "quick", "quickly");

    private final Term.Words words;

    Speed(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Speed parse(String text) {
        return Vocabularies.parse(Speed.class, text, "speed");
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
