package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.util.Optional;

/**
 * A scene of the old draft that is not in the new one.
 *
 * @param oldScene the index of the scene in the old draft
 * @param number   its scene number in the old draft, if it had one
 * @param before   the index of the new draft's scene it stood before (the number of scenes when last)
 *
 * @since 0.1.0
 */
public record OmittedScene(int oldScene, Optional<String> number, int before) {

    /** Checks the fields. */
    public OmittedScene {
        Checks.notNegative(oldScene, "oldScene");
        Checks.notNull(number, "number");
        Checks.notNegative(before, "before");
    }
}
