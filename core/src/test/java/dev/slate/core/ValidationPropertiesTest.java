package dev.slate.core;

import dev.slate.core.shot.Shot;

import dev.slate.core.testing.OddScreenplayGen;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class ValidationPropertiesTest {

    private static final SourceMap SOURCES = new OffsetSourceMap(1000, 1000, 1000);

    @Test
    void neverThrowsOnOddScreenplaysAndEveryCheckRuns() {
        qt().withExamples(2000).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            List<Problem> problems = play.validate();
            assertThat(problems).extracting(Problem::code).doesNotContain(ProblemCodes.CHECK_FAILED);
            assertThat(problems).allSatisfy(p -> {
                assertThat(p.message()).isNotBlank();
                p.location().scene().ifPresent(s -> assertThat(s).isBetween(0, play.scenes().size() - 1));
            });
            assertThat(play.validate(SOURCES)).hasSameSizeAs(problems)
                    .allSatisfy(p -> assertThat(p.location().line().isPresent())
                            .isEqualTo(p.location().scene().isPresent() || p.location().element().isPresent()));
        });
    }

    @Test
    void aWriterlyScreenplayHasNoErrors() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play ->
                assertThat(play.validate()).filteredOn(Problem::isError).isEmpty());
    }

    @Test
    void reportsEveryOddValueOfAShot() {
        qt().forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            List<Problem> problems = play.validate();
            for (int s = 0; s < play.scenes().size(); s++) {
                Scene scene = play.scenes().get(s);
                for (Shot shot : scene.shots()) {
                    boolean badLens = shot.lens().filter(l -> l.shortMm() < 1 || l.longMm() > 2000).isPresent();
                    boolean badRate = shot.frameRate().filter(f -> f < 1 || f > 1000).isPresent();
                    boolean outside = shot.coverage().filter(c -> c.last() >= scene.elements().size()).isPresent();
                    int scene0 = s;
                    List<String> codes = problems.stream()
                            .filter(p -> p.location().scene().equals(Optional.of(scene0))
                                    && p.location().shot().equals(Optional.of(shot.number())))
                            .map(Problem::code).toList();
                    assertThat(codes.contains(ProblemCodes.LENS_OUT_OF_RANGE)).isEqualTo(badLens
                            || otherShotWithNumber(scene, shot, s2 -> s2.lens().filter(
                                    l -> l.shortMm() < 1 || l.longMm() > 2000).isPresent()));
                    if (badRate) {
                        assertThat(codes).contains(ProblemCodes.FRAME_RATE_OUT_OF_RANGE);
                    }
                    if (outside) {
                        assertThat(codes).contains(ProblemCodes.COVERAGE_OUTSIDE_SCENE);
                    }
                }
            }
        });
    }

    /** Shots sharing a number share their location, so a problem of one also shows at the other. */
    private static boolean otherShotWithNumber(Scene scene, Shot shot, java.util.function.Predicate<Shot> test) {
        return scene.shots().stream().anyMatch(o -> o != shot && o.number().equals(shot.number()) && test.test(o));
    }
}
