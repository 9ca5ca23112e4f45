package dev.slate.core.revision;

import dev.slate.core.Action;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.StyledText;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ScriptComparisonPropertiesTest {

    @Test
    void anUnchangedScriptHasNoMarks() {
        qt().withExamples(60).forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            Comparison comparison = ScriptComparison.compare(play, play);
            assertThat(comparison.unchanged()).isTrue();
            for (int i = 0; i < play.scenes().size(); i++) {
                assertThat(comparison.scenes().get(i).oldScene()).hasValue(i);
            }
        });
    }

    @Test
    void aReplacedWordIsTheOnlyChange() {
        qt().withExamples(60).forAll(ScreenplayGen.screenplays(), integers().between(0, 10_000)).checkAssert((play, seed) -> {
            List<int[]> actions = actions(play);
            if (actions.isEmpty()) {
                return;
            }
            int[] at = actions.get(seed % actions.size());
            Scene scene = play.scenes().get(at[0]);
            String text = ((Action) scene.elements().get(at[1])).text().plain();
            String edited = "ZEBRA " + text;
            Screenplay revised = Drafts.replaced(play, at[0], at[1], new Action(StyledText.of(edited)));
            Comparison comparison = ScriptComparison.compare(play, revised);
            assertThat(comparison.omitted()).isEmpty();
            for (int s = 0; s < revised.scenes().size(); s++) {
                SceneChange change = comparison.scenes().get(s);
                assertThat(change.oldScene()).hasValue(s);
                for (int e = 0; e < change.elements().size(); e++) {
                    ElementChange element = change.elements().get(e);
                    if (s == at[0] && e == at[1]) {
                        assertThat(element.kind()).isEqualTo(ChangeKind.CHANGED);
                        assertThat(element.changed()).containsExactly(new TextRange(0, 5));
                    } else {
                        assertThat(element.marked()).as("scene %d element %d", s, e).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void aDeletedSceneIsOmittedAndTheOthersKept() {
        qt().withExamples(60).forAll(ScreenplayGen.screenplays(), integers().between(0, 10_000)).checkAssert((play, seed) -> {
            if (play.scenes().size() < 2) {
                return;
            }
            int gone = seed % play.scenes().size();
            Screenplay revised = play.toBuilder().removeScene(gone).build();
            Comparison comparison = ScriptComparison.compare(play, revised);
            assertThat(comparison.omitted()).extracting(OmittedScene::oldScene).hasSize(1);
            int omitted = comparison.omitted().get(0).oldScene();
            // The deleted scene or an identical neighbour of it.
            assertThat(play.scenes().get(omitted)).isEqualTo(play.scenes().get(gone));
            assertThat(comparison.scenes()).noneMatch(SceneChange::marked);
        });
    }

    private static List<int[]> actions(Screenplay play) {
        List<int[]> found = new ArrayList<>();
        for (int s = 0; s < play.scenes().size(); s++) {
            List<Element> elements = play.scenes().get(s).elements();
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e) instanceof Action) {
                    found.add(new int[] {s, e});
                }
            }
        }
        return found;
    }
}
