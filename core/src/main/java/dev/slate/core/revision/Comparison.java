package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.OptionalInt;

/**
 * The result of comparing a screenplay's old draft with its new one: for each element of the new
 * draft what changed in it, and the scenes that went.
 *
 * @param preamble the elements before the first scene
 * @param scenes   one entry per scene of the new draft, in order
 * @param omitted  the old draft's scenes that are not in the new draft, in the old draft's order
 *
 * @since 0.1.0
 */
public record Comparison(List<ElementChange> preamble, List<SceneChange> scenes, List<OmittedScene> omitted) {

    /** Checks the fields. */
    public Comparison {
        preamble = Checks.listOf(preamble, "preamble");
        scenes = Checks.listOf(scenes, "scenes");
        omitted = Checks.listOf(omitted, "omitted");
    }

    /** Whether the drafts are the same in everything compared. */
    public boolean unchanged() {
        return omitted.isEmpty() && preamble.stream().noneMatch(ElementChange::marked)
                && scenes.stream().noneMatch(SceneChange::marked);
    }

    /** The index in the new draft of the old draft's scene {@code oldScene}, if it was kept. */
    public OptionalInt newIndexOf(int oldScene) {
        for (int i = 0; i < scenes.size(); i++) {
            OptionalInt old = scenes.get(i).oldScene();
            if (old.isPresent() && old.getAsInt() == oldScene) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
