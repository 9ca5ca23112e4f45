package dev.slate.core.layout.internal;

import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.SceneLength;

import java.util.ArrayList;
import java.util.List;

/** One pagination: screenplay to blocks, blocks to pages, pages to a layout with scene lengths. */
public final class Engine {

    private Engine() {
    }

    public static Layout paginate(Screenplay screenplay, Settings settings) {
        BlockMaker maker = new BlockMaker(settings);
        List<Block> blocks = new ArrayList<>();
        add(maker, screenplay.preamble(), -1, blocks);
        List<Scene> scenes = screenplay.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            blocks.add(maker.heading(scenes.get(i), i, sceneNumber(scenes.get(i), i)));
            add(maker, scenes.get(i).elements(), i, blocks);
        }
        PageFiller filler = new PageFiller(settings, blocks, scenes.size());
        List<List<Line>> filled = filler.fill();
        List<Page> pages = new ArrayList<>(filled.size());
        for (int p = 0; p < filled.size(); p++) {
            pages.add(new Page(p + 1, filled.get(p)));
        }
        List<SceneLength> lengths = new ArrayList<>(scenes.size());
        for (int i = 0; i < scenes.size(); i++) {
            int rows = filler.sceneRows(i);
            lengths.add(new SceneLength(i, sceneNumber(scenes.get(i), i), scenes.get(i).heading().text(),
                    filler.firstPage(i), rows, SceneLength.eighths(rows, settings.linesPerPage())));
        }
        return new Layout(settings.paper(), settings.linesPerPage(), pages, lengths);
    }

    /** The number printed for a scene: as given, else its position. */
    public static String sceneNumber(Scene scene, int index) {
        return scene.number().orElse(Integer.toString(index + 1));
    }

    private static void add(BlockMaker maker, List<Element> elements, int scene, List<Block> blocks) {
        for (Element element : elements) {
            Block block = maker.element(element, scene);
            if (block == null) {
                continue;
            }
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (block.kind() == Block.Kind.TRANSITION && previous != null
                    && previous.kind() == Block.Kind.TRANSITION && previous.scene() == scene) {
                // two transitions in a row move together, so that neither starts a page
                List<Row> rows = new ArrayList<>(previous.rows());
                rows.add(new Row(List.of(), Row.Part.OTHER));
                rows.addAll(block.rows());
                blocks.set(blocks.size() - 1, Block.of(Block.Kind.TRANSITION, scene, rows));
            } else {
                blocks.add(block);
            }
        }
    }
}
