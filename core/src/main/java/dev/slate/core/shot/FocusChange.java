package dev.slate.core.shot;

import dev.slate.core.internal.Checks;

/**
 * A rack focus: focus pulled from one subject to another during the shot.
 *
 * @since 0.1.0
 */
public record FocusChange(String from, String to) {

    public FocusChange {
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
    }
}
