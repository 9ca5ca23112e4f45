package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.OptionalInt;

/**
 * What changed in one element of the new draft.
 *
 * @param kind       unchanged, changed or inserted
 * @param oldElement the index of the matching element in the old draft's scene, empty when inserted
 * @param changed    the character ranges of changed or new words in the element's compared text
 *                   (the whole text when inserted)
 * @param removals   the character offsets in the element's compared text where removed words were
 *                   ({@code 0} also marks a removed element just before this one)
 *
 * @since 0.1.0
 */
public record ElementChange(ChangeKind kind, OptionalInt oldElement, List<TextRange> changed, List<Integer> removals) {

    /** Checks the fields. */
    public ElementChange {
        Checks.notNull(kind, "kind");
        Checks.notNull(oldElement, "oldElement");
        changed = Checks.listOf(changed, "changed");
        removals = Checks.listOf(removals, "removals");
    }

    /** An element with nothing changed. */
    public static ElementChange unchanged(int oldElement) {
        return new ElementChange(ChangeKind.UNCHANGED, OptionalInt.of(oldElement), List.of(), List.of());
    }

    /** Whether this element carries a revision mark (changed words, new text or a removal). */
    public boolean marked() {
        return !changed.isEmpty() || !removals.isEmpty();
    }
}
