package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * Where a shot stands on the shoot: still to do, in the can, dropped, or to be picked up later.
 *
 * @since 0.1.0
 */
public enum Status implements Term {
    /** Still to shoot. */
    PLANNED("planned", "planned", "to do", "todo", "open"),
    /** In the can. */
    SHOT("shot", "shot", "done", "got it", "in the can"),
    /** Dropped from the plan; kept on the list so that nobody asks for it again. */
    CUT("cut", "cut", "dropped", "omitted"),
    /** To be shot again or later, on a pick-up day. */
    PICKUP("pickup", "pick-up", "pickups", "reshoot");

    private final Term.Words words;

    Status(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Status parse(String text) {
        return Vocabularies.parse(Status.class, text, "status");
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
