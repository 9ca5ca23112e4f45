package dev.slate.core;

import java.util.Optional;

/**
 * Where the parts of a screenplay stand in the text it was read from, so that problems found later
 * (by validation, by a renderer) can name the line. Indexes are as in {@link Location}.
 *
 * @since 0.1.0
 */
public interface SourceMap {

    /** For a screenplay not read from text. */
    SourceMap NONE = new SourceMap() {
        @Override
        public Optional<Position> scene(int scene) {
            return Optional.empty();
        }

        @Override
        public Optional<Position> element(int scene, int element) {
            return Optional.empty();
        }

        @Override
        public Optional<Position> shot(int scene, int shot) {
            return Optional.empty();
        }
    };

    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    /** The scene heading's position. */
    Optional<Position> scene(int scene);

    /** An element's first line; {@code scene} is -1 for the preamble. */
    Optional<Position> element(int scene, int element);

    /** Where the shot is written, by its index in {@link Scene#shots()}. */
    Optional<Position> shot(int scene, int shot);
}
