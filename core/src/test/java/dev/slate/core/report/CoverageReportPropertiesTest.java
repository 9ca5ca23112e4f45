package dev.slate.core.report;

import dev.slate.core.Dialogue;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class CoverageReportPropertiesTest {

    @Test
    void everyElementListsExactlyTheShotsThatCoverIt() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            CoverageReport report = CoverageReport.of(play);
            int total = play.scenes().stream().mapToInt(s -> s.elements().size()).sum();
            assertThat(report.entries()).hasSize(total);
            for (CoverageReport.Entry entry : report.entries()) {
                Scene scene = play.scenes().get(entry.scene());
                assertThat(entry.value()).isSameAs(scene.elements().get(entry.element()));
                List<Shot> expected = scene.shots().stream()
                        .filter(s -> s.coverage().filter(c -> c.contains(entry.element())).isPresent())
                        .toList();
                assertThat(entry.covers()).extracting(CoverageReport.Cover::shot).isEqualTo(expected);
                assertThat(report.uncovered().contains(entry)).isEqualTo(expected.isEmpty());
                assertThat(report.thinlyCovered().contains(entry)).isEqualTo(expected.size() < 2);
            }
        });
    }

    @Test
    void aSpeakerIsOnCameraExactlyWhenAmongTheSubjectsOrTheShotNamesNone() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            for (CoverageReport.Entry entry : CoverageReport.of(play).entries()) {
                for (CoverageReport.Cover cover : entry.covers()) {
                    if (entry.value() instanceof Dialogue d) {
                        boolean seen = cover.shot().subjects().isEmpty()
                                || cover.shot().subjects().stream().anyMatch(n -> n.equalsIgnoreCase(d.character()));
                        assertThat(cover.speakerOnCamera()).isEqualTo(seen);
                    }
                }
                if (entry.value() instanceof Dialogue) {
                    assertThat(entry.speakerNeverOnCamera())
                            .isEqualTo(entry.covers().stream().noneMatch(CoverageReport.Cover::speakerOnCamera));
                }
            }
        });
    }

    @Test
    void addingAShotNeverLowersCoverage() {
        qt().forAll(ScreenplayGen.screenplays(), integers().between(0, 40), integers().between(0, 40))
                .assuming((play, a, b) -> !play.scenes().isEmpty())
                .checkAssert((play, a, b) -> {
                    int sceneIndex = a % play.scenes().size();
                    Scene scene = play.scenes().get(sceneIndex);
                    if (scene.elements().isEmpty()) {
                        return;
                    }
                    int first = Math.min(a, b) % scene.elements().size();
                    int last = Math.min(scene.elements().size() - 1, first + Math.abs(a - b));
                    List<Shot> shots = new ArrayList<>(scene.shots());
                    shots.add(Shot.builder("Z" + shots.size()).coverage(new Coverage(first, last)).build());
                    Screenplay more = play.toBuilder()
                            .setScene(sceneIndex, scene.toBuilder().shots(shots).build()).build();
                    List<CoverageReport.Entry> before = CoverageReport.of(play).entries();
                    List<CoverageReport.Entry> after = CoverageReport.of(more).entries();
                    assertThat(after).hasSameSizeAs(before);
                    for (int i = 0; i < before.size(); i++) {
                        assertThat(after.get(i).covers()).containsAll(before.get(i).covers());
                    }
                    assertThat(CoverageReport.of(more).uncovered()).hasSizeLessThanOrEqualTo(
                            CoverageReport.of(play).uncovered().size());
                    assertThat(CoverageReport.of(more).speakerNeverSeen()).hasSizeLessThanOrEqualTo(
                            CoverageReport.of(play).speakerNeverSeen().size());
                });
    }
}
