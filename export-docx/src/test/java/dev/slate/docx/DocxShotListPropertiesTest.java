package dev.slate.docx;

import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

/** For generated screenplays, the printed table holds every shot once, in the order asked, with the right totals. */
class DocxShotListPropertiesTest {

    @Test
    void everyShotIsOneRowInTheOrderAskedWithTotalsThatAddUp() {
        qt().withExamples(40).forAll(ScreenplayGen.screenplays(), booleans().all()).checkAssert((play, shooting) -> {
            ShotListOrder order = shooting ? ShotListOrder.SETUP : ShotListOrder.SCRIPT;
            byte[] bytes = DocxShotListRenderer.builder().order(order).build().render(play);
            List<List<String>> expected = new ArrayList<>();
            List<String> sceneTotals = new ArrayList<>();
            int shots = 0;
            int minutes = 0;
            int setupMinutes = 0;
            for (ShotList.SceneSection section : ShotList.of(play, order).sections()) {
                int sceneMinutes = 0;
                for (Shot shot : section.shots()) {
                    List<String> cells = new ArrayList<>();
                    ShotListColumn.defaults().forEach(c -> cells.add(c == ShotListColumn.TICK ? Docx.box(shot)
                            : c.cell(shot, ShotListColumn.defaults())));
                    expected.add(cells);
                    // a cut shot prints but counts no minutes
                    sceneMinutes += dev.slate.core.shot.Setups.isCut(shot) ? 0 : shot.shootingMinutes().orElse(0);
                }
                int setup = dev.slate.core.shot.Setups.totals(section.scene().shots()).setupMinutes();
                if (!section.shots().isEmpty()) {
                    sceneTotals.add("Scene " + section.number() + ": " + totals(section.shots().size(), setup,
                            sceneMinutes));
                }
                shots += section.shots().size();
                minutes += sceneMinutes;
                setupMinutes += setup;
            }
            try (Docx docx = new Docx(bytes)) {
                assertThat(docx.shotRows()).isEqualTo(expected);
                List<String> single = docx.rows().stream().filter(r -> r.size() == 1).map(r -> r.get(0)).toList();
                assertThat(single.stream().filter(t -> t.startsWith("Scene ") && t.contains(" min")).toList())
                        .isEqualTo(sceneTotals);
                assertThat(single.get(single.size() - 1))
                        .isEqualTo("Total: " + totals(shots, setupMinutes, minutes));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String totals(int shots, int setup, int shooting) {
        return shots + (shots == 1 ? " shot" : " shots") + "  \u00b7  setup " + setup + " min  \u00b7  shooting "
                + shooting + " min  \u00b7  total " + (setup + shooting) + " min";
    }
}
