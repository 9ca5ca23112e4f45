package dev.slate.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that only grows, kept in chunks of at most 4,096 references. A list of hundreds of
 * thousands of items (the rows of one huge paragraph, the tokens of its emphasis) then never needs
 * one large array: the G1 collector places an array of more than half a region (512 KB in a 1 GB
 * heap) apart as a "humongous" object, and one that is dead keeps everything it refers to alive
 * through every young collection until the next full marking, so that a short-lived large list makes
 * the collector copy its items again and again. Not thread-safe: build it in one thread.
 *
 * @param <T> the items
 */
public final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {

    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private Object[][] chunks = new Object[1][];
    private int size;

    public ChunkedList() {
        chunks[0] = new Object[8]; // the first chunk grows as an ArrayList does, for the many short lists
    }

    /** A copy of a list, kept in chunks. */
    public static <T> ChunkedList<T> copyOf(List<? extends T> items) {
        ChunkedList<T> copy = new ChunkedList<>();
        copy.addAll(items);
        return copy;
    }

    @Override
    public boolean add(T item) {
        int chunk = size >>> SHIFT;
        int at = size & MASK;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk * 2);
        }
        Object[] items = chunks[chunk];
        if (items == null) {
            items = chunks[chunk] = new Object[CHUNK];
        } else if (at == items.length) {
            items = chunks[chunk] = Arrays.copyOf(items, Math.min(CHUNK, at * 2));
        }
        items[at] = item;
        size++;
        modCount++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        Object[] items = chunks[index >>> SHIFT];
        if (items == null) {
            throw new IllegalStateException("item " + index + " was let go of");
        }
        return (T) items[index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    /** A read-only view of the whole list; the list must not grow after. */
    public View<T> view() {
        return new View<>(this, 0, size);
    }

    /**
     * A read-only view of part of a chunked list, whose own views keep to the one list rather than
     * nesting, and which can let the list go of the items before it.
     *
     * @param <T> the items
     */
    public static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final ChunkedList<T> list;
        private final int from;
        private final int to;

        private View(ChunkedList<T> list, int from, int to) {
            this.list = list;
            this.from = from;
            this.to = to;
        }

        @Override
        public T get(int index) {
            Objects.checkIndex(index, to - from);
            return list.get(from + index);
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public View<T> subList(int start, int end) {
            Objects.checkFromToIndex(start, end, to - from);
            return new View<>(list, from + start, from + end);
        }

        /**
         * Lets the list go of the chunks wholly before this view, so that the items in them can be
         * collected: for a list read from front to back once. The list's items before the view can no
         * longer be read, through any view.
         */
        public void forgetBefore() {
            for (int c = 0; c < from >>> SHIFT; c++) {
                list.chunks[c] = null;
            }
        }
    }
}
