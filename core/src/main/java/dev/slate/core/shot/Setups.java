package dev.slate.core.shot;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.Sums;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The camera setups of one scene and the time they take: the one place that counts setup time.
 * A setup is a setup id within a scene ({@code setup B} in scene 4 is not {@code setup B} in scene
 * 5); its setup minutes are counted once however many shots it holds, as the largest estimate any
 * of its shots gives (usually only the first shot writes {@code setup B, 20 min}). A shot without a
 * setup id is a setup of its own. Shooting minutes are each shot's own. A shot whose status is
 * {@code cut} counts no shooting minutes, and a setup whose every shot is cut no setup minutes; the
 * cut shots are still in their setups, and still counted as shots.
 *
 * <pre>{@code
 * for (Setups.Setup setup : Setups.of(scene.shots())) {
 *     System.out.println(setup.id().orElse("-") + ": " + setup.totalMinutes() + " min");
 * }
 * int minutes = Setups.totals(scene.shots()).totalMinutes();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Setups {

    private Setups() {
    }

    /**
     * One camera setup and its shots.
     *
     * @param id              the setup id; empty for a shot without one (a setup of its own)
     * @param shots           its shots, in the order given
     * @param setupMinutes    the setup estimate, counted once; empty when no shot of the setup gives one
     *                        or every shot of the setup is cut
     * @param shootingMinutes the sum of its shots' shooting estimates (0 for those without and those cut)
     */
    public record Setup(Optional<String> id, List<Shot> shots, Optional<Integer> setupMinutes, int shootingMinutes) {
        public Setup {
            Checks.notNull(id, "id");
            shots = Checks.listOf(shots, "shots");
            Checks.notNull(setupMinutes, "setupMinutes");
            Checks.notNegative(shootingMinutes, "shootingMinutes");
        }

        /** Setup and shooting minutes together: the time the setup takes on the day. */
        public int totalMinutes() {
            return add(setupMinutes.orElse(0), shootingMinutes);
        }

        /** Whether every shot is an insert or a cutaway, which a shooting order leaves to the end. */
        public boolean insertsOnly() {
            return shots.stream().allMatch(Setups::isInsert);
        }
    }

    /**
     * Shots, setup minutes counted once per setup, shooting minutes, and their sum. Sums stop at the
     * largest int rather than wrap.
     */
    public record Totals(int shots, int setupMinutes, int shootingMinutes) {
        /** Nothing counted. */
        public static final Totals ZERO = new Totals(0, 0, 0);

        public Totals {
            Checks.notNegative(shots, "shots");
            Checks.notNegative(setupMinutes, "setupMinutes");
            Checks.notNegative(shootingMinutes, "shootingMinutes");
        }

        /** Setup and shooting minutes: the time the shots need on the day. */
        public int totalMinutes() {
            return add(setupMinutes, shootingMinutes);
        }

        /** These totals and another's, as for several scenes. */
        public Totals plus(Totals other) {
            return new Totals(add(shots, other.shots), add(setupMinutes, other.setupMinutes),
                    add(shootingMinutes, other.shootingMinutes));
        }
    }

    /**
     * The setups of one scene's shots in order of first use, each with its shots in the order given;
     * shots without a setup id are one setup each, where they stand.
     */
    public static List<Setup> of(List<Shot> shots) {
        List<Shot> all = Checks.listOf(shots, "shots");
        Map<Object, List<Shot>> groups = new LinkedHashMap<>();
        for (Shot shot : all) {
            Object key = shot.setup().<Object>map(s -> s).orElseGet(Object::new);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(shot);
        }
        List<Setup> setups = new ArrayList<>(groups.size());
        for (List<Shot> group : groups.values()) {
            // A setup whose every shot is cut is never lit; a cut shot of a lit setup still gives its estimate.
            Optional<Integer> setupMinutes = group.stream().allMatch(Setups::isCut) ? Optional.empty()
                    : group.stream().map(Shot::setupMinutes).flatMap(Optional::stream).max(Integer::compare);
            int shooting = 0;
            for (Shot shot : group) {
                shooting = add(shooting, isCut(shot) ? 0 : shot.shootingMinutes().orElse(0));
            }
            setups.add(new Setup(group.get(0).setup(), group, setupMinutes, shooting));
        }
        return List.copyOf(setups);
    }

    /** The totals of one scene's shots, setup minutes counted once per setup. */
    public static Totals totals(List<Shot> shots) {
        int setup = 0;
        int shooting = 0;
        for (Setup s : of(shots)) {
            setup = add(setup, s.setupMinutes().orElse(0));
            shooting = add(shooting, s.shootingMinutes());
        }
        return new Totals(shots.size(), setup, shooting);
    }

    /**
     * Whether a shot's setup carries a setup estimate, on this shot or another shot of the same
     * setup in the scene.
     */
    public static boolean hasSetupEstimate(List<Shot> sceneShots, Shot shot) {
        return shot.setupMinutes().isPresent() || setupOf(sceneShots, shot).setupMinutes().isPresent();
    }

    /**
     * The setup of a scene that a shot is in, with all the scene's shots in it and its setup minutes
     * as the scene gives them: what a day that shoots only some of the setup's shots still has to light.
     *
     * @param sceneShots the scene's shots
     * @param shot       one of them (or a shot of that setup)
     */
    public static Setup setupOf(List<Shot> sceneShots, Shot shot) {
        Checks.notNull(shot, "shot");
        for (Setup setup : of(sceneShots)) {
            if (shot.setup().isPresent() ? setup.id().equals(shot.setup()) : setup.shots().contains(shot)) {
                return setup;
            }
        }
        return of(List.of(shot)).get(0);
    }

    /**
     * The setups in the order a crew shoots them: in order of first use (the first direction, then
     * the turnaround), shots without a setup after them, setups of only inserts and cutaways last.
     * The sort is stable, so each group keeps the order given.
     */
    public static List<Setup> shootingOrder(List<Setup> setups) {
        List<Setup> sorted = new ArrayList<>(Checks.listOf(setups, "setups"));
        sorted.sort(java.util.Comparator.comparingInt(s -> s.insertsOnly() ? 2 : s.id().isPresent() ? 0 : 1));
        return List.copyOf(sorted);
    }

    /** A shot whose status is {@code cut}: it still prints, but its minutes are not counted. */
    public static boolean isCut(Shot shot) {
        return shot.status().filter(status -> status == Status.CUT).isPresent();
    }

    /** An insert, an extreme close-up of a prop, or a cutaway: shot last, when the main setups are done. */
    static boolean isInsert(Shot shot) {
        return shot.size().filter(s -> s == ShotSize.INSERT).isPresent()
                || shot.framing().filter(f -> f == Framing.CUTAWAY).isPresent();
    }

    private static int add(int a, int b) {
        return Sums.add(a, b);
    }
}
