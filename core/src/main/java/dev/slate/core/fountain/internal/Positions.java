package dev.slate.core.fountain.internal;

import dev.slate.core.SourceMap;

import java.util.List;
import java.util.Optional;

/** The source positions of a screenplay read from Fountain. Immutable. */
final class Positions implements SourceMap {

    /** A scene's heading, element and shot positions, as packed line/column pairs. */
    record ScenePositions(long heading, long[] elements, long[] shots) {
    }

    private final long[] preamble;
    private final List<ScenePositions> scenes;

    Positions(long[] preamble, List<ScenePositions> scenes) {
        this.preamble = preamble;
        this.scenes = List.copyOf(scenes);
    }

    static long pack(int line, int column) {
        return (long) line << 32 | column & 0xffffffffL;
    }

    private static Optional<Position> unpack(long[] values, int index) {
        return index >= 0 && index < values.length ? Optional.of(position(values[index])) : Optional.empty();
    }

    private static Position position(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }

    @Override
    public Optional<Position> scene(int scene) {
        return scene >= 0 && scene < scenes.size() ? Optional.of(position(scenes.get(scene).heading()))
                : Optional.empty();
    }

    @Override
    public Optional<Position> element(int scene, int element) {
        if (scene == -1) {
            return unpack(preamble, element);
        }
        return scene >= 0 && scene < scenes.size() ? unpack(scenes.get(scene).elements(), element) : Optional.empty();
    }

    @Override
    public Optional<Position> shot(int scene, int shot) {
        return scene >= 0 && scene < scenes.size() ? unpack(scenes.get(scene).shots(), shot) : Optional.empty();
    }
}
