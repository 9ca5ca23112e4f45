package dev.slate.core.schedule.internal;

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

    /** A setup's minutes: the largest setup estimate among the scene's shots in it. */
    public static int setupMinutes(Breakdown.Scene scene, String key) {
        int minutes = 0;
        for (Shot shot : scene.shots()) {
            if (setupKey(scene, shot).equals(key)) {
                minutes = Math.max(minutes, shot.setupMinutes().orElse(0));
            }
        }
        return minutes;
    }
}
