package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;
import dev.slate.core.schedule.internal.Names;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing a shooting day does, in order: shoot (part of) a scene, move the company, break for a meal.
 *
 * @since 0.1.0
 */
public sealed interface DayEntry {

    /**
     * Shooting a scene: the whole scene, or only some of its shots, or only the shots of some of its
     * camera setups (a scene split over days).
     *
     * @param scene   the scene number as written, or its position (1, 2, 3...) for a scene without one
     * @param shots   the shot numbers shot here; empty with no setups for the whole scene
     * @param setups  the setups whose shots are shot here
     * @param minutes the planned minutes when given, instead of the estimate from shots or pages
     */
    record SceneWork(String scene, List<String> shots, List<String> setups, OptionalInt minutes) implements DayEntry {
        /** Checks the fields. */
        public SceneWork {
            Names.token(scene, "scene");
            shots = Checks.listOf(shots, "shots");
            setups = Checks.listOf(setups, "setups");
            shots.forEach(s -> Names.token(s, "shot"));
            setups.forEach(s -> Names.token(s, "setup"));
            if (!shots.isEmpty() && !setups.isEmpty()) {
                throw new IllegalArgumentException("a scene's work names shots or setups, not both: split it in two");
            }
            Checks.notNull(minutes, "minutes");
            minutes.ifPresent(m -> Checks.notNegative(m, "minutes"));
        }

        /** The whole of a scene. */
        public static SceneWork whole(String scene) {
            return new SceneWork(scene, List.of(), List.of(), OptionalInt.empty());
        }

        /** Some shots of a scene. */
        public static SceneWork shots(String scene, List<String> shots) {
            return new SceneWork(scene, shots, List.of(), OptionalInt.empty());
        }

        /** Whether the whole scene is shot here. */
        public boolean isWhole() {
            return shots.isEmpty() && setups.isEmpty();
        }
    }

    /**
     * A company move to another location.
     *
     * @param minutes how long the move takes
     * @param to      where the company moves to, if written
     */
    record CompanyMove(int minutes, Optional<String> to) implements DayEntry {
        /** Checks the fields. */
        public CompanyMove {
            Checks.notNegative(minutes, "minutes");
            Checks.notNull(to, "to");
            to.ifPresent(t -> Names.name(t, "to"));
        }
    }

    /**
     * A meal break.
     *
     * @param minutes how long it lasts
     */
    record MealBreak(int minutes) implements DayEntry {
        /** Checks the fields. */
        public MealBreak {
            Checks.notNegative(minutes, "minutes");
        }
    }
}
