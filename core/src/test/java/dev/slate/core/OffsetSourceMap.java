package dev.slate.core;

import java.util.Optional;

/**
 * A source map for tests: scene {@code s} at line {@code sceneLine + s} column 1, element {@code e}
 * at line {@code elementLine + e} column 2, shot {@code k} at line {@code shotLine + k} column 3.
 */
record OffsetSourceMap(int sceneLine, int elementLine, int shotLine) implements SourceMap {

    @Override
    public Optional<Position> scene(int scene) {
        return Optional.of(new Position(sceneLine + scene, 1));
    }

    @Override
    public Optional<Position> element(int scene, int element) {
        return Optional.of(new Position(elementLine + element, 2));
    }

    @Override
    public Optional<Position> shot(int scene, int shot) {
        return Optional.of(new Position(shotLine + shot, 3));
    }
}
