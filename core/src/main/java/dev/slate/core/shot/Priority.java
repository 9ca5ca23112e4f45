package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * How much a shot matters when the day runs short: what an AD drops first.
 *
 * @since 0.1.0
 */
public enum Priority implements Term {
    /** The scene does not cut without it. */
    MUST("must", "must have", "must-have", "essential", "high"),
    /** Wanted, dropped only when time runs out. */
    SHOULD("should", "should have", "should-have", "medium"),
    /** Shot if there is time left. */
    NICE("nice", "nice to have", "nice-to-have", "optional", "low");

    private final Term.Words words;

    Priority(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Priority parse(String text) {
        return Vocabularies.parse(Priority.class, text, "priority");
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
