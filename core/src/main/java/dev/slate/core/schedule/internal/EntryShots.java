package dev.slate.core.schedule.internal;

import dev.slate.core.shot.Setups;
import dev.slate.core.shot.Shot;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;

import java.util.ArrayList;
import java.util.List;

/** The shots a scene's entry shoots, and the camera setups they need. */
public final class EntryShots {

    private EntryShots() {
    }

    /** The shots of the scene that the entry names, in the scene's order: all of them for the whole scene. */
    public static List<Shot> of(Breakdown.Scene scene, DayEntry.SceneWork work) {
        if (work.isWhole()) {
            return scene.shots();
        }
        List<Shot> shots = new ArrayList<>();
        for (Shot shot : scene.shots()) {
            boolean named = work.shots().contains(shot.number())
                    || shot.setup().map(work.setups()::contains).orElse(false);
            if (named) {
                shots.add(shot);
            }
        }
        return shots;
    }

    /**
     * The key of the setup a shot needs: its setup in its scene; a shot without a setup is a setup of
     * its own.
     */
    public static String setupKey(Breakdown.Scene scene, Shot shot) {
        return scene.index() + (shot.setup().isPresent() ? " setup " + shot.setup().get() : " shot " + shot.number());
    }

    /** Whether any shot of the scene has an estimate, so that its minutes come from its shots. */
    public static boolean estimated(Breakdown.Scene scene) {
        return scene.shots().stream().anyMatch(s -> s.shootingMinutes().isPresent() || s.setupMinutes().isPresent());
    }

    /**
     * The scene's setups that some of its shots need, in the scene's order of first use, each with
     * those shots only but its setup minutes as {@link Setups} counts them for the whole scene.
     */
    public static List<Setups.Setup> setups(Breakdown.Scene scene, List<Shot> shots) {
        List<Setups.Setup> needed = new ArrayList<>();
        for (Setups.Setup setup : Setups.of(scene.shots())) {
            List<Shot> here = setup.shots().stream().filter(shots::contains).toList();
            if (!here.isEmpty()) {
                int shooting = Setups.totals(here).shootingMinutes();
                needed.add(new Setups.Setup(setup.id(), here, setup.setupMinutes(), shooting));
            }
        }
        return needed;
    }
}
