package dev.slate.core.layout.internal;

import java.util.List;

/** The blocks a {@link PageFiller} lays, by index: made up front, or made as the filler reaches them. */
interface Blocks {

    /** Whether there is a block at {@code index}. */
    boolean has(int index);

    /** The block at {@code index}, which {@link #has(int)}. */
    Block get(int index);

    /** Lets the block at {@code index} go: the filler has laid it and will not ask for it again. */
    void release(int index);

    /** Blocks already made, in a list that the filler may read but never changes. */
    static Blocks of(List<Block> blocks) {
        return new Blocks() {
            @Override
            public boolean has(int index) {
                return index < blocks.size();
            }

            @Override
            public Block get(int index) {
                return blocks.get(index);
            }

            @Override
            public void release(int index) {
                throw new IllegalStateException("blocks made up front are kept");
            }
        };
    }
}
