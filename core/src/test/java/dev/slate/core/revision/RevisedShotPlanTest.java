package dev.slate.core.revision;

import dev.slate.core.ProblemCodes;
import dev.slate.core.ReadResult;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisedShotPlanTest {

    private static final String PLANNED = """
            EXT. ROOF - DAY #12#

            [[SHOT 12A: WS, master | the whole roof]]

            Wind. Laundry snaps on a line.

            [[SHOT 12B: insert | her foot]]

            Her bare foot on the red pavement.

            [[END SHOT 12B]]

            She turns to the city.

            [[END SHOT 12A]]

            INT. STAIRS - NIGHT #13#

            [[SHOT 13A: CU | the door]]

            The door bangs.

            [[END SHOT 13A]]
            """;

    private static final String UNPLANNED = """
            EXT. ROOF - DAY #12#

            Wind. Laundry snaps on a line.

            She turns to the city.

            A pigeon lands.
            """;

    private static ReadResult read(String text) {
        return FountainReader.create().read(text);
    }

    @Test
    void aRevisionWithoutAPlanGetsTheShotsOnTheElementsTheyCovered() {
        Screenplay old = read(PLANNED).screenplay();
        Screenplay revised = read(UNPLANNED).screenplay();
        Screenplay carried = RevisedShotPlan.carried(old, revised, ScriptComparison.compare(old, revised));
        List<Shot> shots = carried.scenes().get(0).shots();
        // 12A covered three elements, two of which are left; 12B's one element went
        assertThat(shots).extracting(Shot::number).containsExactly("12A");
        assertThat(shots.get(0).coverage()).contains(new Coverage(0, 1));
    }

    @Test
    void aShotWhoseTextOrSceneWentIsReportedAtItsPlaceInThePreviousDraft() {
        ReadResult old = read(PLANNED);
        Screenplay revised = read(UNPLANNED).screenplay();
        var problems = RevisedShotPlan.check(old.screenplay(), revised,
                ScriptComparison.compare(old.screenplay(), revised), old.sourceMap());
        assertThat(problems).extracting(p -> p.location().shot().orElseThrow()).containsExactly("12B", "13A");
        assertThat(problems).allMatch(p -> p.code().equals(ProblemCodes.SHOT_LOST) && !p.isError());
        assertThat(problems.get(0).message()).contains("shot 12B", "scene 12", "deleted every element");
        assertThat(problems.get(1).message()).contains("shot 13A", "its scene was deleted");
        assertThat(problems.get(0).location().line()).contains(7);
        assertThat(problems.get(1).location().line()).contains(19);
    }

    @Test
    void anUnchangedScriptLosesNoShot() {
        ReadResult old = read(PLANNED);
        assertThat(RevisedShotPlan.check(old.screenplay(), old.screenplay(),
                ScriptComparison.compare(old.screenplay(), old.screenplay()), old.sourceMap())).isEmpty();
    }
}
