package dev.slate.core.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SceneNumberPartsTest {

    private static SceneNumberParts n(String text) {
        return SceneNumberParts.parse(text).orElseThrow();
    }

    @Test
    void ordersNumbersAsScriptsDo() {
        List<String> ordered = List.of("A12", "B12", "12", "12aA", "12aB", "12A", "12AaA", "12AA", "12AB", "12B",
                "12Z", "12ZA", "13");
        List<SceneNumberParts> shuffled = new ArrayList<>(ordered.stream().map(SceneNumberPartsTest::n).toList());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(SceneNumberParts::toString).containsExactlyElementsOf(ordered);
    }

    @Test
    void readsOnlyLettersDigitsLetters() {
        assertThat(n("A12B")).isEqualTo(new SceneNumberParts("A", 12, "B"));
        assertThat(SceneNumberParts.parse("1.5")).isEmpty();
        assertThat(n("I-1-A")).isEqualTo(new SceneNumberParts("I", 1, "A"));
        assertThat(n("1.")).isEqualTo(SceneNumberParts.whole(1));
        assertThat(SceneNumberParts.parse("X-2-3")).isEmpty();
        assertThat(SceneNumberParts.parse("ABC")).isEmpty();
    }

    @Test
    void findsTheNextFreeNumberBetweenTwo() {
        assertThat(SceneNumberParts.between(n("12"), n("13"), true, Set.of())).hasToString("12A");
        assertThat(SceneNumberParts.between(n("12"), n("14"), true, Set.of())).hasToString("13");
        assertThat(SceneNumberParts.between(n("12"), n("14"), false, Set.of())).hasToString("12A");
        assertThat(SceneNumberParts.between(n("12"), n("13"), true, Set.of("12A", "12B"))).hasToString("12C");
        assertThat(SceneNumberParts.between(n("12H"), null, false, Set.of("13"))).hasToString("14");
        assertThat(SceneNumberParts.between(n("12H"), n("13"), false, Set.of())).hasToString("12J");
        assertThat(SceneNumberParts.between(null, n("1"), false, Set.of())).hasToString("A1");
        assertThat(SceneNumberParts.between(n("A1"), n("1"), false, Set.of())).hasToString("B1");
        assertThat(SceneNumberParts.between(null, n("A1"), false, Set.of())).hasToString("aA1");
    }

    @Test
    void fallsBackToAUniqueNumberWhenNoneFitsBetween() {
        // Nothing sorts between 12 and 12a: the number after 12 that is free is chosen.
        SceneNumberParts next = SceneNumberParts.between(n("12"), n("12a"), true, Set.of("12a"));
        assertThat(next).hasToString("12A");
    }
}
