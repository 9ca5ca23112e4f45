package dev.slate.core;

import dev.slate.core.shot.Shot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShotNumberingTest {

    private static final ShotNumbering SLATE = ShotNumbering.builder().build();

    /** A scene with {@code count} shots numbered 1, 2, 3..., each covering the scene's one element. */
    private static Scene scene(String number, int count) {
        Scene.Builder scene = Scene.builder("EXT. SCHOOL ROOFTOP - DAY").action("Wind.");
        if (number != null) {
            scene.number(number);
        }
        for (int k = 0; k < count; k++) {
            scene.shot(Integer.toString(k + 1), s -> s.size("CU").covers(0, 0));
        }
        return scene.build();
    }

    private static List<String> numbers(Scene scene) {
        return scene.shots().stream().map(Shot::number).toList();
    }

    @Test
    void theMasterIsTheSceneNumberAndTheOthersAreLettered() {
        assertThat(numbers(SLATE.apply(scene("10", 4), "10"))).containsExactly("10", "10A", "10B", "10C");
    }

    @Test
    void lettersSkipIAndOAndGoOnAfterZWithAA() {
        List<String> numbers = numbers(SLATE.apply(scene("10", 28), "10"));
        assertThat(numbers).doesNotContain("10I", "10O").containsSubsequence("10H", "10J", "10N", "10P");
        assertThat(numbers.subList(23, 28)).containsExactly("10Y", "10Z", "10AA", "10AB", "10AC");
    }

    @Test
    void aShotFramedAsMasterTakesTheSceneNumber() {
        Scene scene = scene("4", 3);
        Shot master = scene.shots().get(1).toBuilder().framing("master").build();
        scene = scene.toBuilder().shots(List.of(scene.shots().get(0), master, scene.shots().get(2))).build();
        assertThat(numbers(SLATE.apply(scene, "4"))).containsExactly("4A", "4", "4B");
    }

    @Test
    void plainNumbersCountFromOne() {
        ShotNumbering plain = ShotNumbering.builder().scheme(ShotNumbering.Scheme.PLAIN).build();
        assertThat(numbers(plain.apply(SLATE.apply(scene("10", 3), "10"), "10"))).containsExactly("1", "2", "3");
    }

    @Test
    void numbersEveryScenePositionStandingInForAMissingNumber() {
        Screenplay play = Screenplay.builder().scene(scene("7A", 2)).scene(scene(null, 2)).build();
        Screenplay slated = SLATE.apply(play);
        assertThat(numbers(slated.scenes().get(0))).containsExactly("7A", "7AA");
        assertThat(numbers(slated.scenes().get(1))).containsExactly("2", "2A");
        assertThat(SLATE.apply(slated)).isEqualTo(slated);
        assertThat(slated.validate()).extracting(Problem::code).containsExactly(ProblemCodes.UNNUMBERED_SCENE);
    }

    @Test
    void changesOnlyTheNumbers() {
        Scene scene = scene("3", 3);
        Scene slated = SLATE.apply(scene, "3");
        assertThat(slated.elements()).isEqualTo(scene.elements());
        for (int k = 0; k < 3; k++) {
            assertThat(slated.shots().get(k).toBuilder().number(scene.shots().get(k).number()).build())
                    .isEqualTo(scene.shots().get(k));
        }
    }
}
