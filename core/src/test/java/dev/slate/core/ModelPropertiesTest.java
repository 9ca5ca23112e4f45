package dev.slate.core;

import dev.slate.core.testing.OddScreenplayGen;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Builders, {@code toBuilder()} and equality over generated screenplays, the odd ones included. */
class ModelPropertiesTest {

    private static void roundTrips(Gen<Screenplay> plays) {
        qt().forAll(plays).checkAssert(play -> {
            Screenplay copy = play.toBuilder().build();
            assertThat(copy).isEqualTo(play).hasSameHashCodeAs(play).isNotSameAs(play);
            for (Scene scene : play.scenes()) {
                assertThat(scene.toBuilder().build()).isEqualTo(scene).hasSameHashCodeAs(scene);
                scene.shots().forEach(shot -> assertThat(shot.toBuilder().build()).isEqualTo(shot)
                        .hasSameHashCodeAs(shot));
                scene.elements().stream().filter(Dialogue.class::isInstance).map(Dialogue.class::cast)
                        .forEach(d -> assertThat(d.toBuilder().build()).isEqualTo(d));
            }
        });
    }

    @Test
    void toBuilderRoundTripsOddScreenplays() {
        roundTrips(OddScreenplayGen.screenplays());
    }

    @Test
    void toBuilderRoundTripsNumberedScreenplays() {
        roundTrips(ScreenplayGen.numbered());
    }

    @Test
    void aChangedSceneMakesAnUnequalScreenplay() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            Scene first = play.scenes().get(0);
            Scene changed = first.toBuilder().locked(!first.numberLocked()).build();
            Screenplay other = play.toBuilder().setScene(0, changed).build();
            assertThat(other).isNotEqualTo(play);
            assertThat(other.toBuilder().setScene(0, first).build()).isEqualTo(play).hasSameHashCodeAs(play);
        });
    }
}
