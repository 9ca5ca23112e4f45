package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.OptionalInt;

/**
 * What changed in one scene of the new draft.
 *
 * @param oldScene       the index of the matching scene in the old draft, empty for a new scene
 * @param headingChanged whether the heading's text differs from the old scene's (always for a new scene)
 * @param elements       one entry per element of the new scene, in order
 * @param removedAtEnd   whether elements were removed after the scene's last element
 *
 * @since 0.1.0
 */
public record SceneChange(OptionalInt oldScene, boolean headingChanged, List<ElementChange> elements,
                          boolean removedAtEnd) {

    /** Checks the fields. */
    public SceneChange {
        Checks.notNull(oldScene, "oldScene");
        elements = Checks.listOf(elements, "elements");
    }

    /** Whether anything in the scene carries a revision mark. */
    public boolean marked() {
        return headingChanged || removedAtEnd || elements.stream().anyMatch(ElementChange::marked);
    }

    /** The index in the new scene of the old scene's element {@code oldElement}, if it was kept. */
    public OptionalInt newIndexOf(int oldElement) {
        for (int i = 0; i < elements.size(); i++) {
            OptionalInt old = elements.get(i).oldElement();
            if (old.isPresent() && old.getAsInt() == oldElement) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
