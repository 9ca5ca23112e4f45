package dev.slate.core.report;

import dev.slate.core.shot.Setups;
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
                // each setup's shots are contiguous, in script order
                List<Optional<String>> runs = new ArrayList<>();
                for (Shot shot : listed) {
                    if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(shot.setup())) {
                        runs.add(shot.setup());
                    }
                }
                assertThat(runs.stream().filter(Optional::isPresent).toList()).doesNotHaveDuplicates();
                // main setups in order of first use, then shots without a setup, then inserts and cutaways
                List<Integer> ranks = listed.stream().map(shot -> rank(scene, shot)).toList();
                assertThat(ranks).isSorted();
                List<Optional<String>> firstUse = scene.shots().stream().filter(s -> rank(scene, s) == 0)
                        .map(Shot::setup).distinct().toList();
                assertThat(listed.stream().filter(s -> rank(scene, s) == 0).map(Shot::setup).distinct().toList())
                        .isEqualTo(firstUse);
                for (Optional<String> setup : runs.stream().filter(Optional::isPresent).toList()) {
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
                int setupMinutes = 0;
                for (ShotList.SceneSection section : list.sections()) {
                    // a cut shot counts no minutes
                    int sceneMinutes = section.shots().stream().filter(s -> !cut(s))
                            .mapToInt(s -> s.shootingMinutes().orElse(0)).sum();
                    // each setup id once, at its largest estimate, unless every shot of it is cut; a
                    // shot without an id is its own setup
                    java.util.Map<String, Integer> bySetup = new java.util.HashMap<>();
                    java.util.Set<String> lit = new java.util.HashSet<>();
                    int sceneSetup = 0;
                    for (Shot shot : section.shots()) {
                        int m = shot.setupMinutes().orElse(0);
                        if (shot.setup().isPresent()) {
                            bySetup.merge(shot.setup().get(), m, Math::max);
                            if (!cut(shot)) {
                                lit.add(shot.setup().get());
                            }
                        } else if (!cut(shot)) {
                            sceneSetup += m;
                        }
                    }
                    sceneSetup += bySetup.entrySet().stream().filter(e -> lit.contains(e.getKey()))
                            .mapToInt(java.util.Map.Entry::getValue).sum();
                    assertThat(section.totals()).isEqualTo(
                            new Setups.Totals(section.shots().size(), sceneSetup, sceneMinutes));
                    shots += section.shots().size();
                    minutes += sceneMinutes;
                    setupMinutes += sceneSetup;
                }
                assertThat(list.totals()).isEqualTo(new Setups.Totals(shots, setupMinutes, minutes));
                assertThat(shots).isEqualTo(play.scenes().stream().mapToInt(s -> s.shots().size()).sum());
            }
        });
    }

    private static boolean cut(Shot shot) {
        return shot.status().filter(s -> s == dev.slate.core.shot.Status.CUT).isPresent();
    }

    /** 0 for a setup with an id and a shot that is not an insert, 1 for a loose shot, 2 for inserts only. */
    private static int rank(Scene scene, Shot shot) {
        List<Shot> setup = shot.setup().isEmpty() ? List.of(shot)
                : scene.shots().stream().filter(s -> s.setup().equals(shot.setup())).toList();
        boolean insertsOnly = setup.stream().allMatch(s -> s.size().filter(z -> z == dev.slate.core.shot.ShotSize.INSERT)
                .isPresent() || s.framing().filter(f -> f == dev.slate.core.shot.Framing.CUTAWAY).isPresent());
        return insertsOnly ? 2 : shot.setup().isPresent() ? 0 : 1;
    }
}
