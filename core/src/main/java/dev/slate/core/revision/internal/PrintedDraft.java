package dev.slate.core.revision.internal;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.DraftMatching;
import dev.slate.core.layout.internal.Engine;
import dev.slate.core.revision.Comparison;
import dev.slate.core.revision.ElementChange;
import dev.slate.core.revision.OmittedScene;
import dev.slate.core.revision.SceneChange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The revised draft as it is printed: with locked scene numbers, each kept scene carries the number
 * the previous draft printed for it, a new scene is numbered between its neighbours (12A), and a
 * deleted scene stays at its place as a heading {@code OMITTED} with its number. Also tells, for each
 * printed scene, which scene of the comparison it is.
 */
public final class PrintedDraft implements DraftMatching {

    /** The heading a deleted scene keeps in a locked script. */
    public static final String OMITTED = "OMITTED";

    private final Screenplay screenplay;
    private final Comparison comparison;
    private final int[] comparedScene;
    private final int[] printedOfOld;

    private PrintedDraft(Screenplay screenplay, Comparison comparison, int[] comparedScene, int[] printedOfOld) {
        this.screenplay = screenplay;
        this.comparison = comparison;
        this.comparedScene = comparedScene;
        this.printedOfOld = printedOfOld;
    }

    /** The revised draft as given: scene numbers as it has them, deleted scenes gone. */
    public static PrintedDraft asGiven(Screenplay previous, Screenplay revised, Comparison comparison) {
        int[] compared = new int[revised.scenes().size()];
        Arrays.setAll(compared, i -> i);
        int[] ofOld = new int[previous.scenes().size()];
        Arrays.fill(ofOld, -1);
        for (int i = 0; i < comparison.scenes().size(); i++) {
            OptionalInt old = comparison.scenes().get(i).oldScene();
            if (old.isPresent()) {
                ofOld[old.getAsInt()] = i;
            }
        }
        return new PrintedDraft(revised, comparison, compared, ofOld);
    }

    /** The revised draft with the previous draft's scene numbers locked and its deleted scenes omitted. */
    public static PrintedDraft locked(Screenplay previous, Screenplay revised, Comparison comparison) {
        List<String> oldNumbers = Engine.sceneNumbers(previous);
        List<Scene> scenes = new ArrayList<>();
        List<Integer> compared = new ArrayList<>();
        int[] ofOld = new int[previous.scenes().size()];
        Arrays.fill(ofOld, -1);
        List<OmittedScene> omitted = comparison.omitted();
        int o = 0;
        for (int i = 0; i <= revised.scenes().size(); i++) {
            while (o < omitted.size() && omitted.get(o).before() == i) {
                OmittedScene gone = omitted.get(o++);
                ofOld[gone.oldScene()] = scenes.size();
                scenes.add(Scene.builder(OMITTED).number(oldNumbers.get(gone.oldScene())).locked(true).build());
                compared.add(-1);
            }
            if (i == revised.scenes().size()) {
                break;
            }
            Scene scene = revised.scenes().get(i);
            OptionalInt old = comparison.scenes().get(i).oldScene();
            if (old.isPresent()) {
                ofOld[old.getAsInt()] = scenes.size();
                scene = scene.toBuilder().number(oldNumbers.get(old.getAsInt())).locked(true).build();
            }
            scenes.add(scene);
            compared.add(i);
        }
        Screenplay printed = revised.toBuilder().scenes(scenes).build();
        return new PrintedDraft(printed, comparison, compared.stream().mapToInt(Integer::intValue).toArray(), ofOld);
    }

    /** The screenplay to lay out. */
    public Screenplay screenplay() {
        return screenplay;
    }

    /** The comparison's entry for printed scene {@code scene}; null for an omitted scene. */
    public SceneChange change(int scene) {
        int compared = comparedScene[scene];
        return compared < 0 ? null : comparison.scenes().get(compared);
    }

    /** The comparison's entry for element {@code element} of printed scene {@code scene} (-1: before the first scene). */
    public ElementChange change(int scene, int element) {
        if (scene < 0) {
            return comparison.preamble().get(element);
        }
        SceneChange change = change(scene);
        return change == null ? null : change.elements().get(element);
    }

    @Override
    public int scene(int scene) {
        return printedOfOld[scene];
    }

    @Override
    public int element(int scene, int element) {
        if (scene < 0) {
            return indexOf(comparison.preamble(), element);
        }
        int printed = printedOfOld[scene];
        SceneChange change = printed < 0 ? null : change(printed);
        return change == null ? -1 : change.newIndexOf(element).orElse(-1);
    }

    private static int indexOf(List<ElementChange> changes, int oldElement) {
        for (int i = 0; i < changes.size(); i++) {
            OptionalInt old = changes.get(i).oldElement();
            if (old.isPresent() && old.getAsInt() == oldElement) {
                return i;
            }
        }
        return -1;
    }
}
