package dev.slate.core.schedule.internal;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The production's day or night for each scene, read from the heading's time of day: EVENING, DUSK,
 * SUNSET and NIGHT are night; DAY, MORNING, AFTERNOON, NOON, DAWN and SUNRISE are day; a time that
 * says neither (CONTINUOUS, LATER, SAME) follows the scene before; the first scene is day.
 */
public final class DayNight {

    private static final Pattern NIGHT = Pattern.compile("\\b(NIGHT|MIDNIGHT|EVENING|DUSK|SUNSET|TWILIGHT)\\b");
    private static final Pattern DAY = Pattern.compile("\\b(DAY|MORNING|AFTERNOON|NOON|DAWN|SUNRISE|DAYTIME)\\b");

    private DayNight() {
    }

    /** For each scene, whether it is shot as night. */
    public static List<Boolean> nights(Screenplay screenplay) {
        List<Boolean> nights = new ArrayList<>();
        boolean previous = false;
        for (Scene scene : screenplay.scenes()) {
            String time = scene.heading().timeOfDay().orElse("").toUpperCase(Locale.ROOT);
            if (NIGHT.matcher(time).find()) {
                previous = true;
            } else if (DAY.matcher(time).find()) {
                previous = false;
            }
            nights.add(previous);
        }
        return nights;
    }
}
