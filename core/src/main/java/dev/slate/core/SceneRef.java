package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.Optional;

/**
 * A scene as reports name it.
 *
 * @param index   position in {@link dev.slate.core.Screenplay#scenes()}, from 0
 * @param number  the scene number, when the scene has one
 * @param heading the heading as written
 *
 * @since 0.1.0
 */
public record SceneRef(int index, Optional<String> number, String heading) {

    public SceneRef {
        Checks.notNegative(index, "index");
        Checks.notNull(number, "number");
        Checks.notNull(heading, "heading");
    }

    public static SceneRef of(int index, Scene scene) {
        return new SceneRef(index, scene.number(), scene.heading().text());
    }
}
