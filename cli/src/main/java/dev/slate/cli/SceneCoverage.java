package dev.slate.cli;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.report.CoverageReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well the shot plan covers one scene, counted in printed lines of dialogue and action (the
 * lines {@code check} reports when no shot covers them): a dual dialogue's row counts once, the
 * {@code (MORE)} and {@code (CONT'D)} lines of a split speech not at all.
 *
 * @param lines        printed lines of the scene's dialogue and action
 * @param coveredLines those covered by at least one planned shot
 * @param shotLines    the lines summed over the shots covering them: a line under two shots counts twice
 */
record SceneCoverage(int lines, int coveredLines, int shotLines) {

    /** One entry per scene of the screenplay, in order. */
    static List<SceneCoverage> of(Screenplay screenplay, Layout layout) {
        int scenes = screenplay.scenes().size();
        int[][] shots = new int[scenes][];
        for (int s = 0; s < scenes; s++) {
            shots[s] = new int[screenplay.scenes().get(s).elements().size()];
        }
        for (CoverageReport.Entry entry : CoverageReport.of(screenplay).entries()) {
            shots[entry.scene()][entry.element()] = CoverageWarnings.isFilmed(entry.value())
                    ? entry.covers().size() : -1;
        }
        int[] lines = new int[scenes];
        int[] covered = new int[scenes];
        int[] shotLines = new int[scenes];
        for (Page page : layout.pages()) {
            Set<Long> rows = new HashSet<>(); // the two columns of a dual dialogue share a row
            for (Line line : page.lines()) {
                if (line.scene() < 0 || line.element() < 0 || line.kind().isGenerated()
                        || shots[line.scene()][line.element()] < 0
                        || !rows.add(((long) line.scene() << 32) | line.row())) {
                    continue;
                }
                int count = shots[line.scene()][line.element()];
                lines[line.scene()]++;
                covered[line.scene()] += count > 0 ? 1 : 0;
                shotLines[line.scene()] += count;
            }
        }
        List<SceneCoverage> out = new ArrayList<>(scenes);
        for (int s = 0; s < scenes; s++) {
            out.add(new SceneCoverage(lines[s], covered[s], shotLines[s]));
        }
        return out;
    }

    /** All scenes together. */
    static SceneCoverage total(List<SceneCoverage> scenes) {
        return new SceneCoverage(scenes.stream().mapToInt(SceneCoverage::lines).sum(),
                scenes.stream().mapToInt(SceneCoverage::coveredLines).sum(),
                scenes.stream().mapToInt(SceneCoverage::shotLines).sum());
    }

    /** The planned shots over a line on average, to two decimals; 0 for a scene without such lines. */
    BigDecimal shotsPerLine() {
        return lines == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(shotLines).divide(BigDecimal.valueOf(lines), 2, RoundingMode.HALF_UP);
    }
}
