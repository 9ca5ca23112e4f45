package dev.slate.core;

import dev.slate.core.shot.Shot;

import dev.slate.core.internal.SceneNumberParts;
import dev.slate.core.testing.OddScreenplayGen;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class NumberingPropertiesTest {

    private static final SceneNumbering RENUMBER = SceneNumbering.builder().build();
    private static final SceneNumbering KEEP = SceneNumbering.builder().keepNumbers(true).build();
    private static final ShotNumbering SLATE = ShotNumbering.builder().build();

    @Test
    void renumberingKeepsLockedNumbersInOrderAndNumbersAllUniquely() {
        qt().forAll(ScreenplayGen.numbered()).checkAssert(play -> {
            Screenplay numbered = RENUMBER.apply(play);
            assertThat(RENUMBER.apply(numbered)).isEqualTo(numbered);
            keepsLockedNumbers(play, numbered);
            SceneNumberParts previous = null;
            for (Scene scene : numbered.scenes()) {
                SceneNumberParts number = SceneNumberParts.parse(scene.number().orElseThrow()).orElseThrow();
                if (previous != null) {
                    assertThat(number).as("after %s", previous).isGreaterThan(previous);
                }
                previous = number;
            }
            assertThat(numbered.validate()).extracting(Problem::code).doesNotContain(
                    ProblemCodes.DUPLICATE_SCENE_NUMBER,
                    ProblemCodes.SCENE_NUMBER_ORDER, ProblemCodes.UNNUMBERED_SCENE);
        });
    }

    @Test
    void keepingNumbersNumbersOnlyTheNewScenes() {
        qt().forAll(ScreenplayGen.numbered()).checkAssert(play -> {
            Screenplay numbered = KEEP.apply(play);
            assertThat(KEEP.apply(numbered)).isEqualTo(numbered);
            Set<String> taken = new HashSet<>();
            play.scenes().forEach(s -> s.number().ifPresent(taken::add));
            for (int s = 0; s < play.scenes().size(); s++) {
                Scene before = play.scenes().get(s);
                String after = numbered.scenes().get(s).number().orElseThrow();
                if (before.number().isPresent()) {
                    assertThat(after).isEqualTo(before.number().get());
                } else {
                    assertThat(taken.add(after)).as("%s is new", after).isTrue();
                }
            }
        });
    }

    @Test
    void numberingOddScreenplaysIsIdempotentAndNewNumbersAreUnique() {
        qt().withExamples(3000).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            for (SceneNumbering numbering : List.of(RENUMBER, KEEP)) {
                Screenplay numbered = numbering.apply(play);
                assertThat(numbering.apply(numbered)).isEqualTo(numbered);
                keepsLockedNumbers(play, numbered);
                Set<String> seen = new HashSet<>();
                for (int s = 0; s < play.scenes().size(); s++) {
                    Scene before = play.scenes().get(s);
                    String after = numbered.scenes().get(s).number().orElseThrow();
                    boolean kept = before.number().isPresent() && (before.numberLocked() || numbering == KEEP);
                    assertThat(seen.add(after) || kept).as("%s is unique", after).isTrue();
                }
            }
        });
    }

    @Test
    void shotNumberingIsIdempotentUniqueAndKeepsCoverage() {
        qt().withExamples(500).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            Screenplay slated = SLATE.apply(RENUMBER.apply(play));
            assertThat(SLATE.apply(slated)).isEqualTo(slated);
            for (int s = 0; s < play.scenes().size(); s++) {
                List<Shot> before = play.scenes().get(s).shots();
                List<Shot> after = slated.scenes().get(s).shots();
                assertThat(after).extracting(Shot::coverage).containsExactlyElementsOf(
                        before.stream().map(Shot::coverage).toList());
                assertThat(after.stream().map(shot -> shot.number().toUpperCase(Locale.ROOT)).distinct())
                        .hasSameSizeAs(after);
                assertThat(slated.scenes().get(s).elements()).isEqualTo(play.scenes().get(s).elements());
            }
        });
    }

    private static void keepsLockedNumbers(Screenplay before, Screenplay after) {
        assertThat(after.scenes()).hasSameSizeAs(before.scenes());
        for (int s = 0; s < before.scenes().size(); s++) {
            Scene scene = before.scenes().get(s);
            if (scene.numberLocked() && scene.number().isPresent()) {
                assertThat(after.scenes().get(s).number()).isEqualTo(scene.number());
                assertThat(after.scenes().get(s).numberLocked()).isTrue();
            }
        }
    }
}
