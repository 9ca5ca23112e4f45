package dev.slate.core;

import java.util.Optional;

/**
 * Where in a screenplay something is. Indexes are 0-based positions in the model; line and column
 * are 1-based positions in the source text, present when the screenplay was read from a file.
 *
 * @param scene   index in {@link Screenplay#scenes()}
 * @param shot    the shot's number in its scene
 * @param element index in {@link Scene#elements()} (or in the preamble when there is no scene)
 *
 * @since 0.1.0
 */
public record Location(Optional<Integer> scene, Optional<String> shot, Optional<Integer> element,
                       Optional<Integer> line, Optional<Integer> column) {

    /** Nowhere in particular: the whole document. */
    public static final Location DOCUMENT = new Location(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Location {
        java.util.Objects.requireNonNull(scene, "scene must not be null");
        java.util.Objects.requireNonNull(shot, "shot must not be null");
        java.util.Objects.requireNonNull(element, "element must not be null");
        java.util.Objects.requireNonNull(line, "line must not be null");
        java.util.Objects.requireNonNull(column, "column must not be null");
    }

    public static Location scene(int scene) {
        return DOCUMENT.withScene(scene);
    }

    public static Location element(int scene, int element) {
        return new Location(Optional.of(scene), Optional.empty(), Optional.of(element), Optional.empty(),
                Optional.empty());
    }

    /** An element of the preamble, the part before the first scene. */
    public static Location preamble(int element) {
        return new Location(Optional.empty(), Optional.empty(), Optional.of(element), Optional.empty(),
                Optional.empty());
    }

    public static Location shot(int scene, String shot) {
        return new Location(Optional.of(scene), Optional.of(shot), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A place in the source text only, 1-based. */
    public static Location source(int line, int column) {
        return DOCUMENT.withSource(line, column);
    }

    public Location withScene(int scene) {
        return new Location(Optional.of(scene), shot, element, line, column);
    }

    public Location withSource(int line, int column) {
        return new Location(scene, shot, element, Optional.of(line), Optional.of(column));
    }
}
