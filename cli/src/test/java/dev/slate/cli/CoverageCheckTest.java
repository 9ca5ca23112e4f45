package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slate check} names the dialogue and action no planned shot covers. */
class CoverageCheckTest {

    @Test
    void checkWarnsAboutEveryUncoveredLineOfAPlannedScript(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, """
                EXT. ROOF - DAY #1#

                [[SHOT 1: WS | LIN | the roof]]

                Rain on the concrete.

                [[END SHOT 1]]

                LIN
                Nobody comes up here.

                She turns.
                """, StandardCharsets.UTF_8);
        Slate check = Slate.run("check", script.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).doesNotContain(":5:1: warning: no planned shot")
                .contains(script + ":9:1: warning: no planned shot covers this dialogue; "
                        + "add a shot whose coverage includes it [uncovered]")
                .contains(script + ":12:1: warning: no planned shot covers this action");
    }

    @Test
    void checkSaysNothingAboutCoverageOfAScriptWithoutAShotPlan(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("plain.fountain");
        Files.writeString(script, "EXT. ROOF - DAY\n\nRain on the concrete.\n", StandardCharsets.UTF_8);
        Slate check = Slate.run("check", script.toString());
        assertThat(check.out()).doesNotContain("uncovered");
    }
}
