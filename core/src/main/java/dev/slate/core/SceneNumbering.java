package dev.slate.core;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.SceneNumberParts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers the scenes of a screenplay. Two ways, as a production moves from draft to shooting script:
 * <ul>
 * <li><b>renumber</b> (the default): every scene gets a number, 1, 2, 3... in script order, except
 * scenes whose number is locked: they keep it, and the scenes around them fit in: between locked 12
 * and locked 13, scenes become 12A, 12B...;</li>
 * <li><b>keep numbers</b> ({@link Builder#keepNumbers(boolean) keepNumbers(true)}): every scene that
 * has a number keeps it, and only the scenes without one get numbers: a scene inserted after 12
 * becomes 12A (then 12B), one inserted between 12 and 12A becomes 12aA, one before the first scene
 * 1 becomes A1, and scenes added after the last numbered one continue with whole numbers.</li>
 * </ul>
 * Letters skip I and O (they look like 1 and 0); after Z come ZA, ZB. Numbering is idempotent:
 * numbering a numbered screenplay again changes nothing. When the locked numbers are in order, all
 * numbers come out in order and unique; when they are not (see
 * {@link ProblemCodes#SCENE_NUMBER_ORDER}), new numbers are still unique. Only scene numbers (and
 * the lock of a scene marked locked without a number, which is dropped) change: headings, elements
 * and shots (with their coverage) are kept as they are.
 *
 * <pre>{@code
 * Screenplay numbered = SceneNumbering.builder().build().apply(screenplay);
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SceneNumbering {

    private final boolean keepNumbers;
    private final boolean lock;

    private SceneNumbering(Builder builder) {
        this.keepNumbers = builder.keepNumbers;
        this.lock = builder.lock;
    }

    /** A builder with the defaults: renumber, do not lock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The screenplay with its scenes numbered; the screenplay itself is not changed. */
    public Screenplay apply(Screenplay screenplay) {
        List<Scene> scenes = Checks.notNull(screenplay, "screenplay").scenes();
        List<Optional<SceneNumberParts>> anchors = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Scene scene : scenes) {
            boolean kept = keeps(scene);
            anchors.add(kept ? scene.number().flatMap(SceneNumberParts::parse) : Optional.empty());
            if (kept) {
                used.add(scene.number().get());
            }
        }
        SceneNumberParts[] nextAnchor = new SceneNumberParts[scenes.size()];
        for (int s = scenes.size() - 2; s >= 0; s--) {
            nextAnchor[s] = anchors.get(s + 1).orElse(nextAnchor[s + 1]);
        }
        List<Scene> numbered = new ArrayList<>(scenes.size());
        SceneNumberParts previous = null;
        for (int s = 0; s < scenes.size(); s++) {
            Scene scene = scenes.get(s);
            String number;
            if (keeps(scene)) {
                number = scene.number().get();
                previous = anchors.get(s).orElse(previous);
            } else {
                previous = SceneNumberParts.between(previous, nextAnchor[s], !keepNumbers, used);
                number = previous.toString();
                used.add(number);
            }
            // A lock without a number locks nothing: the scene is numbered like the others and left unlocked.
            numbered.add(scene.toBuilder().number(number).locked(keeps(scene) && scene.numberLocked() || lock).build());
        }
        return screenplay.toBuilder().scenes(numbered).build();
    }

    private boolean keeps(Scene scene) {
        return scene.number().isPresent() && (scene.numberLocked() || keepNumbers);
    }

    /** Configures a {@link SceneNumbering}. */
    public static final class Builder {
        private boolean keepNumbers;
        private boolean lock;

        private Builder() {
        }

        /**
         * Whether scenes that have a number keep it, so that only new scenes are numbered (a locked
         * shooting script). Default false: every scene without a locked number is renumbered.
         */
        public Builder keepNumbers(boolean keepNumbers) {
            this.keepNumbers = keepNumbers;
            return this;
        }

        /** Whether to lock every number after numbering, as when a script is locked for production. Default false. */
        public Builder lock(boolean lock) {
            this.lock = lock;
            return this;
        }

        /** The numbering, as configured. */
        public SceneNumbering build() {
            return new SceneNumbering(this);
        }
    }
}
