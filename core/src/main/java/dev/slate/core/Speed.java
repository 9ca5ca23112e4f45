package dev.slate.core;

import dev.slate.core.internal.Vocabularies;

import java.util.List;

/** How fast a camera move goes. */
public enum Speed implements Term {
    SLOW("slow", "slow", "slowly"),
    MEDIUM("medium", "medium speed", "steady"),
    FAST("fast", "fast", "quick", "quickly");

    private final String abbreviation;
    private final String label;
    private final List<String> aliases;

    Speed(String abbreviation, String label, String... aliases) {
        this.abbreviation = abbreviation;
        this.label = label;
        this.aliases = List.of(aliases);
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
