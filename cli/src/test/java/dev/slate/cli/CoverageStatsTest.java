package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slate stats} counts, per scene, the printed lines of dialogue and action the shot plan covers. */
class CoverageStatsTest {

    /**
     * Scene 1: the action (1 line) under both shots, the speech (cue + 2 lines) under the master only,
     * the last action (1 line) under none: 5 lines, 4 covered, 2 + 3 + 0 = 5 shot lines. Scene 2: 1 line, no shots.
     */
    private static final String SCRIPT = """
            EXT. ROOF - DAY #1#

            [[SHOT 1: WS | LIN | the roof]]

            [[SHOT 1A: CU | LIN | her face]]

            Rain on the concrete.

            [[END SHOT 1A]]

            LIN
            Nobody comes up here. Nobody ever comes up here, not even the pigeons.

            [[END SHOT 1]]

            She turns.

            INT. STAIRS - DAY #2#

            Footsteps.
            """;

    private static Path script(Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        return script;
    }

    @Test
    void textJsonAndCsvCountTheCoveredLinesOfEachScene(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate text = Slate.run("stats", script.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Coverage: 4 of 6 lines of dialogue and action covered by a planned shot, "
                + "0.83 shots a line")
                .contains("  1         5       4       1.00")
                .contains("  2         1       0       0.00");

        Slate json = Slate.run("stats", "--format", "json", script.toString());
        assertThat(json.out()).contains("\"totalMinutes\":0,\"lines\":5,\"coveredLines\":4,\"shotsPerLine\":1.00}")
                .contains("\"coverage\":{\"lines\":6,\"coveredLines\":4,\"shotsPerLine\":0.83}");

        Slate csv = Slate.run("stats", "--format", "csv", script.toString());
        String[] rows = csv.out().split("\r\n");
        assertThat(rows[0]).endsWith(",Total minutes,Lines,Covered lines,Shots per line");
        assertThat(rows[1]).endsWith(",5,4,1.00");
        assertThat(rows[2]).endsWith(",1,0,0.00");
    }

    @Test
    void aScriptWithoutAShotPlanPrintsNoCoverageSection(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("plain.fountain");
        Files.writeString(script, "EXT. ROOF - DAY\n\nRain on the concrete.\n", StandardCharsets.UTF_8);
        assertThat(Slate.run("stats", script.toString()).out()).doesNotContain("Coverage:");
        assertThat(Slate.run("stats", "--format", "json", script.toString()).out())
                .contains("\"coverage\":{\"lines\":1,\"coveredLines\":0,\"shotsPerLine\":0.00}");
    }
}
