package dev.slate.core.report;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class ShotListPropertiesTest {

    @Test
    void scriptOrderListsEveryShotOnceAsPlanned() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            ShotList list = ShotList.of(play, ShotListOrder.SCRIPT);
            assertThat(list.sections()).hasSize(play.scenes().size());
            for (int i = 0; i < play.scenes().size(); i++) {
                assertThat(list.sections().get(i).scene()).isSameAs(play.scenes().get(i));
                assertThat(list.sections().get(i).shots()).isEqualTo(play.scenes().get(i).shots());
            }
        });
    }

    @Test
    void shootingOrderListsEveryShotOnceWithEachSetupTogether() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            ShotList list = ShotList.of(play, ShotListOrder.SETUP);
            for (int i = 0; i < play.scenes().size(); i++) {
                Scene scene = play.scenes().get(i);
                List<Shot> listed = list.sections().get(i).shots();
                assertThat(listed).containsExactlyInAnyOrderElementsOf(scene.shots());
                // each setup's shots are contiguous, in script order; setups in order of first use; no setup last
                List<Optional<String>> runs = new ArrayList<>();
                for (Shot shot : listed) {
                    if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(shot.setup())) {
                        runs.add(shot.setup());
                    }
                }
                assertThat(runs).doesNotHaveDuplicates();
                List<Optional<String>> firstUse = scene.shots().stream().map(Shot::setup).filter(Optional::isPresent)
                        .distinct().toList();
                assertThat(runs.stream().filter(Optional::isPresent).toList()).isEqualTo(firstUse);
                if (runs.contains(Optional.empty())) {
                    assertThat(runs.get(runs.size() - 1)).isEmpty();
                }
                for (Optional<String> setup : runs) {
                    assertThat(listed.stream().filter(s -> s.setup().equals(setup)).toList())
                            .isEqualTo(scene.shots().stream().filter(s -> s.setup().equals(setup)).toList());
                }
            }
        });
    }

    @Test
    void totalsAreTheSumsOfTheirShots() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            for (ShotListOrder order : ShotListOrder.values()) {
                ShotList list = ShotList.of(play, order);
                int shots = 0;
                int minutes = 0;
                for (ShotList.Section section : list.sections()) {
                    int sceneMinutes = section.shots().stream()
                            .mapToInt(s -> s.shootingMinutes().orElse(0)).sum();
                    assertThat(section.totals()).isEqualTo(new ShotList.Totals(section.shots().size(), sceneMinutes));
                    shots += section.shots().size();
                    minutes += sceneMinutes;
                }
                assertThat(list.totals()).isEqualTo(new ShotList.Totals(shots, minutes));
                assertThat(shots).isEqualTo(play.scenes().stream().mapToInt(s -> s.shots().size()).sum());
            }
        });
    }
}
