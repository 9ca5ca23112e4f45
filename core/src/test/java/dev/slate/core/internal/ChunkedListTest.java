package dev.slate.core.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The chunked list holds what an ArrayList holds, in order, across its chunks of 4,096. */
class ChunkedListTest {

    @Test
    void holdsWhatWasAddedAcrossChunks() {
        qt().withExamples(30).forAll(integers().between(0, 20_000)).checkAssert(n -> {
            List<Integer> expected = IntStream.range(0, n).map(i -> i * 7 % 1_000).boxed().toList();
            List<Integer> chunked = new ChunkedList<>();
            expected.forEach(chunked::add);
            assertThat(chunked).hasSize(n).isEqualTo(expected);
            assertThat(ChunkedList.copyOf(expected)).isEqualTo(expected);
            if (n > 2) {
                assertThat(chunked.subList(1, n - 1)).isEqualTo(expected.subList(1, n - 1));
            }
        });
    }

    @Test
    void viewsOfViewsReadTheListAtTheirOwnOffsets() {
        qt().withExamples(30).forAll(integers().between(0, 20_000), integers().between(0, 20_000),
                integers().between(0, 20_000)).checkAssert((n, a, b) -> {
            List<Integer> expected = IntStream.range(0, n).boxed().toList();
            int from = Math.min(a, n);
            int to = from + Math.min(b, n - from);
            ChunkedList.View<Integer> view = ChunkedList.copyOf(expected).view().subList(from, n);
            assertThat(view).isEqualTo(expected.subList(from, n));
            assertThat(view.subList(0, to - from)).isEqualTo(expected.subList(from, to));
            assertThatThrownBy(() -> view.add(1)).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void aViewThatLetsGoOfTheItemsBeforeItStillReadsItsOwn() {
        List<Integer> expected = IntStream.range(0, 10_000).boxed().toList();
        ChunkedList.View<Integer> whole = ChunkedList.copyOf(expected).view();
        ChunkedList.View<Integer> rest = whole.subList(9_000, 10_000);
        rest.forgetBefore();
        assertThat(rest).isEqualTo(expected.subList(9_000, 10_000));
        assertThat(whole.get(8_192)).isEqualTo(8_192); // the chunk the view starts in is kept
        assertThatThrownBy(() -> whole.get(8_191)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnIndexPastItsEnd() {
        List<String> chunked = ChunkedList.copyOf(new ArrayList<>(List.of("a", "b")));
        assertThat(chunked.get(1)).isEqualTo("b");
        assertThatThrownBy(() -> chunked.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> chunked.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
