package dev.slate.core.layout.internal;

import dev.slate.core.Scene;
import dev.slate.core.SceneNumbering;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.SceneLength;

import java.util.ArrayList;
import java.util.List;

/** One pagination: screenplay to blocks, blocks to pages, pages to a layout with scene lengths. */
public final class Engine {

    private static final SceneNumbering NUMBERING = SceneNumbering.builder().build();

    private Engine() {
    }

    public static Layout paginate(Screenplay screenplay, Settings settings) {
        List<String> numbers = sceneNumbers(screenplay);
        PageFiller filler = filler(settings, new BlockSequence(screenplay, settings, numbers, null), numbers, true);
        return layout(screenplay, settings, numbers, filler, filler.fill());
    }

    /**
     * The blocks of a screenplay in order; {@code origins} gets, for each block, the scene (-1 before the
     * first) and the index in it of the element the block starts with (-1 for a scene heading).
     */
    static List<Block> blocks(Screenplay screenplay, Settings settings, List<String> numbers, List<int[]> origins) {
        return new BlockSequence(screenplay, settings, numbers, origins).all();
    }

    /** A filler of blocks made up front, which keeps them and the page starts. */
    static PageFiller filler(Settings settings, List<Block> blocks, List<String> numbers) {
        return filler(settings, Blocks.of(blocks), numbers, false);
    }

    /** A filler of the blocks; a {@code releasing} one lets them go as it lays them and keeps no page starts. */
    private static PageFiller filler(Settings settings, Blocks blocks, List<String> numbers, boolean releasing) {
        ContinuedMarkers markers = settings.continuedMarkers() ? new ContinuedMarkers(settings, numbers) : null;
        return new PageFiller(settings, blocks, numbers.size(), markers, releasing);
    }

    /** The layout of the pages a filler filled. */
    static Layout layout(Screenplay screenplay, Settings settings, List<String> numbers, PageFiller filler,
                         List<List<Line>> filled) {
        List<Scene> scenes = screenplay.scenes();
        List<Page> pages = new ArrayList<>(filled.size());
        for (int p = 0; p < filled.size(); p++) {
            pages.add(new Page(p + 1, filled.get(p)));
        }
        List<SceneLength> lengths = new ArrayList<>(scenes.size());
        for (int i = 0; i < scenes.size(); i++) {
            int rows = filler.sceneRows(i);
            lengths.add(new SceneLength(i, numbers.get(i), scenes.get(i).heading().text(),
                    filler.firstPage(i), rows, SceneLength.eighths(rows, settings.linesPerPage())));
        }
        return new Layout(settings.paper(), settings.linesPerPage(), pages, lengths);
    }

    /**
     * The numbers printed for the scenes: a scene's own number as given; scenes without one are
     * numbered by {@link SceneNumbering}'s rules, every given number held as if locked, so that they
     * fit around the given ones (1, 2, 12A, 13 rather than the positions 1, 2, 12A, 4).
     */
    public static List<String> sceneNumbers(Screenplay screenplay) {
        List<Scene> scenes = screenplay.scenes();
        List<Scene> numbered = scenes;
        if (scenes.stream().anyMatch(s -> s.number().isPresent())) {
            List<Scene> held = new ArrayList<>(scenes.size());
            for (Scene scene : scenes) {
                held.add(scene.number().isPresent() && !scene.numberLocked() ? scene.toBuilder().locked(true).build() : scene);
            }
            numbered = NUMBERING.apply(screenplay.toBuilder().scenes(held).build()).scenes();
        }
        List<String> numbers = new ArrayList<>(scenes.size());
        for (int i = 0; i < numbered.size(); i++) {
            numbers.add(numbered.get(i).number().orElse(Integer.toString(i + 1)));
        }
        return numbers;
    }
}
