package dev.slate.core;

import dev.slate.core.shot.Framing;
import dev.slate.core.shot.Shot;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.SlateLetters;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the shots of every scene, in the order they are listed. Two schemes:
 * <ul>
 * <li>{@link Scheme#SLATE} (the default), industry slating: the master of scene 10 is {@code 10},
 * the other setups {@code 10A}, {@code 10B}..., skipping I and O (they look like 1 and 0), and after
 * {@code 10Z} come {@code 10AA}, {@code 10AB}. The master is the first shot framed as a
 * {@link Framing#MASTER master}, or else the first shot. A scene without a number uses its position
 * in the script, counted from 1: number the scenes first ({@link SceneNumbering}).</li>
 * <li>{@link Scheme#PLAIN}: {@code 1}, {@code 2}, {@code 3}... in each scene.</li>
 * </ul>
 * Idempotent. Only shot numbers change: the shots' coverage, the scenes and their elements are kept.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Screenplay slated = ShotNumbering.builder().build().apply(SceneNumbering.builder().build().apply(play));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ShotNumbering {

    /** How shot numbers are written. */
    public enum Scheme {
        /** {@code 10}, {@code 10A}, {@code 10B}... */
        SLATE,
        /** {@code 1}, {@code 2}, {@code 3}... */
        PLAIN
    }

    private final Scheme scheme;

    private ShotNumbering(Builder builder) {
        this.scheme = builder.scheme;
    }

    /** A builder with the default: slate scheme. */
    public static Builder builder() {
        return new Builder();
    }

    /** The screenplay with the shots of every scene numbered; the screenplay itself is not changed. */
    public Screenplay apply(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        List<Scene> scenes = new ArrayList<>();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            scenes.add(apply(scene, scene.number().orElse(Integer.toString(s + 1))));
        }
        return screenplay.toBuilder().scenes(scenes).build();
    }

    /** The scene with its shots numbered, {@code sceneNumber} standing for the scene in slate scheme. */
    public Scene apply(Scene scene, String sceneNumber) {
        List<Shot> shots = Checks.notNull(scene, "scene").shots();
        Checks.notBlank(sceneNumber, "sceneNumber");
        int master = 0;
        for (int k = 0; k < shots.size(); k++) {
            if (shots.get(k).framing().filter(f -> f == Framing.MASTER).isPresent()) {
                master = k;
                break;
            }
        }
        List<Shot> numbered = new ArrayList<>(shots.size());
        for (int k = 0; k < shots.size(); k++) {
            String number = switch (scheme) {
                case PLAIN -> Integer.toString(k + 1);
                case SLATE -> k == master ? sceneNumber : sceneNumber + SlateLetters.nth(k < master ? k + 1 : k);
            };
            numbered.add(shots.get(k).toBuilder().number(number).build());
        }
        return scene.toBuilder().shots(numbered).build();
    }

    /** Configures a {@link ShotNumbering}. */
    public static final class Builder {
        private Scheme scheme = Scheme.SLATE;

        private Builder() {
        }

        /** The numbering scheme; default {@link Scheme#SLATE}. */
        public Builder scheme(Scheme scheme) {
            this.scheme = Checks.notNull(scheme, "scheme");
            return this;
        }

        /** The numbering, as configured. */
        public ShotNumbering build() {
            return new ShotNumbering(this);
        }
    }
}
