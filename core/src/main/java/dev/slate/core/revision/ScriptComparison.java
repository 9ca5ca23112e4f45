package dev.slate.core.revision;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.revision.internal.ElementDiff;
import dev.slate.core.revision.internal.ElementText;
import dev.slate.core.revision.internal.Lcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compares a screenplay's old draft with its new one, by elements and words. Scenes are matched by
 * scene number first, then, in order, by heading, then by element content; within matched scenes the
 * elements are compared by kind and text (see the package description for what is ignored).
 *
 * @since 0.1.0
 */
public final class ScriptComparison {

    private ScriptComparison() {
    }

    /** Compares {@code old} with {@code revised}. */
    public static Comparison compare(Screenplay old, Screenplay revised) {
        Checks.notNull(old, "old");
        Checks.notNull(revised, "revised");
        int[] matched = matchScenes(old.scenes(), revised.scenes());
        List<SceneChange> scenes = new ArrayList<>();
        boolean[] kept = new boolean[old.scenes().size()];
        for (int j = 0; j < matched.length; j++) {
            Scene scene = revised.scenes().get(j);
            if (matched[j] < 0) {
                ElementDiff.Result inserted = ElementDiff.of(List.of(), scene.elements());
                scenes.add(new SceneChange(OptionalInt.empty(), true, inserted.changes(), false));
                continue;
            }
            kept[matched[j]] = true;
            Scene before = old.scenes().get(matched[j]);
            ElementDiff.Result diff = ElementDiff.of(before.elements(), scene.elements());
            scenes.add(new SceneChange(OptionalInt.of(matched[j]),
                    !before.heading().text().equals(scene.heading().text()), diff.changes(), diff.removedAtEnd()));
        }
        return new Comparison(ElementDiff.of(old.preamble(), revised.preamble()).changes(), scenes,
                omitted(old.scenes(), matched, kept));
    }

    private static List<OmittedScene> omitted(List<Scene> old, int[] matched, boolean[] kept) {
        List<OmittedScene> omitted = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!kept[i]) {
                int before = matched.length;
                for (int j = 0; j < matched.length; j++) {
                    if (matched[j] > i) {
                        before = j;
                        break;
                    }
                }
                omitted.add(new OmittedScene(i, old.get(i).number(), before));
            }
        }
        return omitted;
    }

    private static int[] matchScenes(List<Scene> old, List<Scene> revised) {
        int[] byNumber = Lcs.match(old, revised, (a, b) -> a.number().isPresent() && a.number().equals(b.number()));
        int[] matched = Arrays.copyOf(byNumber, byNumber.length);
        fillGaps(old, revised, matched, (a, b) -> sameHeading(a, b) && sameContent(a, b));
        fillGaps(old, revised, matched, ScriptComparison::sameHeading);
        fillGaps(old, revised, matched, (a, b) -> sameContent(a, b));
        return matched;
    }

    // Matches, between two matched scenes, the unmatched scenes that satisfy {@code same}, in order.
    private static void fillGaps(List<Scene> old, List<Scene> revised, int[] matched,
                                 java.util.function.BiPredicate<Scene, Scene> same) {
        int j = 0;
        int nextOld = 0;
        while (j < matched.length) {
            if (matched[j] >= 0) {
                nextOld = matched[j] + 1;
                j++;
                continue;
            }
            int end = j;
            while (end < matched.length && matched[end] < 0) {
                end++;
            }
            int oldEnd = end < matched.length ? matched[end] : old.size();
            List<Scene> oldGap = old.subList(nextOld, Math.max(nextOld, oldEnd));
            int[] inGap = Lcs.match(oldGap, revised.subList(j, end), same);
            for (int k = 0; k < inGap.length; k++) {
                if (inGap[k] >= 0) {
                    matched[j + k] = nextOld + inGap[k];
                }
            }
            j = end;
        }
    }

    private static boolean sameHeading(Scene a, Scene b) {
        return a.heading().text().equals(b.heading().text());
    }

    // At least half of the compared elements are the same.
    private static boolean sameContent(Scene a, Scene b) {
        List<ElementText.Keyed> left = keys(a);
        List<ElementText.Keyed> right = keys(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        long same = Arrays.stream(Lcs.match(left, right, Object::equals)).filter(i -> i >= 0).count();
        return same * 2 >= Math.max(left.size(), right.size());
    }

    private static List<ElementText.Keyed> keys(Scene scene) {
        return scene.elements().stream().map(ElementText::of).flatMap(Optional::stream).toList();
    }

    /** The text of {@code element} that {@link TextRange}s refer to, empty for elements not compared. */
    public static Optional<String> text(dev.slate.core.Element element) {
        return ElementText.of(Checks.notNull(element, "element")).map(ElementText.Keyed::text);
    }
}
