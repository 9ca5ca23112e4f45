package dev.slate.core.layout.internal;

import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a screenplay in order, each made when it is first asked for: a filler that lets laid
 * blocks go holds a page's worth of wrapped rows at a time, not the whole script's, so a long script
 * costs no more per page than a short one. Two transitions in a row become one block, so that neither
 * starts a page; a block is final once the next one is made.
 */
final class BlockSequence implements Blocks {

    private final Screenplay screenplay;
    private final List<String> numbers;
    private final BlockMaker maker;
    /** For each block, the scene (-1 before the first) and the index of its first element (-1 for a heading); or null. */
    private final List<int[]> origins;
    /** The blocks made so far; null where one was let go. */
    private final List<Block> made = new ArrayList<>();
    /** The scene whose elements come next: -1 for the elements before the first scene. */
    private int scene = -1;
    /** The next element of that scene; -1 when its heading comes first. */
    private int next;
    private boolean exhausted;

    /** The blocks of {@code screenplay}; {@code origins}, if not null, gets each block's origin as it is made. */
    BlockSequence(Screenplay screenplay, Settings settings, List<String> numbers, List<int[]> origins) {
        this.screenplay = screenplay;
        this.numbers = numbers;
        this.maker = new BlockMaker(settings, Apostrophes.continued(screenplay));
        this.origins = origins;
    }

    /** Every block, made now. */
    List<Block> all() {
        List<Block> all = new ArrayList<>();
        for (int i = 0; has(i); i++) {
            all.add(get(i));
        }
        return all;
    }

    @Override
    public boolean has(int index) {
        while (!exhausted && made.size() <= index + 1) {
            exhausted = !makeOne();
        }
        return index < made.size();
    }

    @Override
    public Block get(int index) {
        if (!has(index)) {
            throw new IndexOutOfBoundsException("no block " + index + " of " + made.size());
        }
        return made.get(index);
    }

    @Override
    public void release(int index) {
        made.set(index, null);
    }

    /** Makes the next block, or joins it to the last; false when the screenplay has no more. */
    private boolean makeOne() {
        List<Scene> scenes = screenplay.scenes();
        while (true) {
            if (next < 0) {
                made.add(maker.heading(scenes.get(scene), scene, numbers.get(scene)));
                origin(scene, -1);
                next = 0;
                return true;
            }
            List<Element> elements = scene < 0 ? screenplay.preamble() : scenes.get(scene).elements();
            if (next < elements.size()) {
                int e = next++;
                Block block = maker.element(elements.get(e), scene);
                if (block != null) {
                    add(block.showing(e), e);
                    return true;
                }
            } else if (scene + 1 < scenes.size()) {
                scene++;
                next = -1;
            } else {
                return false;
            }
        }
    }

    private void add(Block block, int element) {
        Block previous = made.isEmpty() ? null : made.get(made.size() - 1);
        if (block.kind() == Block.Kind.TRANSITION && previous != null
                && previous.kind() == Block.Kind.TRANSITION && previous.scene() == scene) {
            List<Row> rows = new ArrayList<>(previous.rows());
            rows.add(new Row(List.of(), Row.Part.OTHER));
            rows.addAll(block.rows());
            // the pair's lines count as the first's: their element indices cannot both be kept
            made.set(made.size() - 1, Block.of(Block.Kind.TRANSITION, scene, rows).showing(previous.element()));
        } else {
            made.add(block);
            origin(scene, element);
        }
    }

    private void origin(int scene, int element) {
        if (origins != null) {
            origins.add(new int[] {scene, element});
        }
    }
}
