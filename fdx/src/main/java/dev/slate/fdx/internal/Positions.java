package dev.slate.fdx.internal;

import dev.slate.fdx.FdxSourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The source map being filled while a file is read. */
final class Positions implements FdxSourceMap {

    /** A paragraph's index in Content and its start tag's line and column. */
    record At(int paragraph, int line, int column) {
        Position position() {
            return new Position(line, column);
        }
    }

    private final List<At> preamble = new ArrayList<>();
    private final List<At> headings = new ArrayList<>();
    private final List<List<At>> elements = new ArrayList<>();
    private final List<List<At>> shots = new ArrayList<>();

    void scene(At at) {
        headings.add(at);
        elements.add(new ArrayList<>());
        shots.add(new ArrayList<>());
    }

    void element(int scene, At at) {
        (scene < 0 ? preamble : elements.get(scene)).add(at);
    }

    void shot(int scene, At at) {
        shots.get(scene).add(at);
    }

    @Override
    public Optional<Position> scene(int scene) {
        return get(headings, scene).map(At::position);
    }

    @Override
    public Optional<Position> element(int scene, int element) {
        return elementAt(scene, element).map(At::position);
    }

    @Override
    public Optional<Position> shot(int scene, int shot) {
        return scene < 0 || scene >= shots.size() ? Optional.empty() : get(shots.get(scene), shot).map(At::position);
    }

    @Override
    public Optional<Integer> sceneParagraph(int scene) {
        return get(headings, scene).map(At::paragraph);
    }

    @Override
    public Optional<Integer> elementParagraph(int scene, int element) {
        return elementAt(scene, element).map(At::paragraph);
    }

    private Optional<At> elementAt(int scene, int element) {
        if (scene < 0) {
            return get(preamble, element);
        }
        return scene >= elements.size() ? Optional.empty() : get(elements.get(scene), element);
    }

    private static <T> Optional<T> get(List<T> list, int index) {
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }
}
