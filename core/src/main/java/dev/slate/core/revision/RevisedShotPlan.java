package dev.slate.core.revision;

import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.ProblemCodes;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.SourceMap;
import dev.slate.core.internal.Checks;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The previous draft's shot plan across a revision: carried over to a revised draft that came without
 * one, each shot covering the same elements where they now stand, and checked for shots the revision
 * left with nothing to cover.
 *
 * @since 0.1.0
 */
public final class RevisedShotPlan {

    private RevisedShotPlan() {
    }

    /**
     * The revised draft with the previous draft's shots in each kept scene that has no shot plan of its
     * own: a shot's coverage follows its elements (from the first kept one to the last), and a shot
     * whose elements were all deleted is left out ({@link #check} reports it).
     */
    public static Screenplay carried(Screenplay previous, Screenplay revised, Comparison comparison) {
        check(previous, revised, comparison);
        Screenplay.Builder out = revised.toBuilder();
        for (int i = 0; i < revised.scenes().size(); i++) {
            Scene scene = revised.scenes().get(i);
            OptionalInt old = comparison.scenes().get(i).oldScene();
            if (old.isEmpty() || !scene.shots().isEmpty() || previous.scenes().get(old.getAsInt()).shots().isEmpty()) {
                continue;
            }
            List<Shot> shots = new ArrayList<>();
            for (Shot shot : previous.scenes().get(old.getAsInt()).shots()) {
                if (shot.coverage().isEmpty()) {
                    shots.add(shot);
                } else {
                    remapped(shot.coverage().get(), comparison.scenes().get(i))
                            .ifPresent(c -> shots.add(shot.toBuilder().coverage(c).build()));
                }
            }
            out.setScene(i, scene.toBuilder().shots(shots).build());
        }
        return out.build();
    }

    /**
     * A warning ({@link ProblemCodes#SHOT_LOST}) for each shot of the previous draft that covers only
     * text the revision deleted, or whose scene was deleted: located at the shot in the previous draft,
     * with its line and column from {@code previousSources}.
     */
    public static List<Problem> check(Screenplay previous, Screenplay revised, Comparison comparison,
                                      SourceMap previousSources) {
        Checks.notNull(previousSources, "previousSources");
        check(previous, revised, comparison);
        List<Problem> problems = new ArrayList<>();
        for (int s = 0; s < previous.scenes().size(); s++) {
            Scene scene = previous.scenes().get(s);
            OptionalInt kept = comparison.newIndexOf(s);
            for (int k = 0; k < scene.shots().size(); k++) {
                Shot shot = scene.shots().get(k);
                String why = kept.isEmpty() ? "its scene was deleted"
                        : lost(shot, comparison.scenes().get(kept.getAsInt()), revised.scenes().get(kept.getAsInt()))
                        ? "the revision deleted every element it covers" : null;
                if (why == null) {
                    continue;
                }
                String number = scene.number().map(n -> "scene " + n + ", ").orElse("");
                Location location = Location.shot(s, shot.number());
                Optional<SourceMap.Position> at = previousSources.shot(s, k);
                if (at.isPresent()) {
                    location = location.withSource(at.get().line(), at.get().column());
                }
                problems.add(Problem.warning(ProblemCodes.SHOT_LOST, "shot " + shot.number() + " (" + number
                        + scene.heading().text() + ") has nothing left to cover: " + why
                        + "; plan it again on the new text or drop it", location));
            }
        }
        return problems;
    }

    /** Whether a shot of a kept scene lost what it covered: not in the new plan, and none of its elements kept. */
    private static boolean lost(Shot shot, SceneChange change, Scene revised) {
        String number = shot.number().toUpperCase(Locale.ROOT);
        boolean stillPlanned = revised.shots().stream().anyMatch(s -> s.number().toUpperCase(Locale.ROOT).equals(number));
        return !stillPlanned && shot.coverage().isPresent() && remapped(shot.coverage().get(), change).isEmpty();
    }

    /** The coverage of the kept elements among {@code old}'s, from the first to the last, empty when none was kept. */
    private static Optional<Coverage> remapped(Coverage old, SceneChange change) {
        int first = -1;
        int last = -1;
        for (int e = old.first(); e <= old.last(); e++) {
            OptionalInt now = change.newIndexOf(e);
            if (now.isPresent()) {
                first = first < 0 ? now.getAsInt() : Math.min(first, now.getAsInt());
                last = Math.max(last, now.getAsInt());
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new Coverage(first, last));
    }

    private static void check(Screenplay previous, Screenplay revised, Comparison comparison) {
        Checks.notNull(previous, "previous");
        Checks.notNull(revised, "revised");
        Checks.notNull(comparison, "comparison");
        if (comparison.scenes().size() != revised.scenes().size()) {
            throw new IllegalArgumentException("comparison must be of the revised draft's " + revised.scenes().size()
                    + " scenes, got " + comparison.scenes().size());
        }
    }
}
