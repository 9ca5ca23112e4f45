package dev.slate.core.report;

import dev.slate.core.SceneRef;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each location of a screenplay with its scenes, in order of first appearance, for scouting and
 * scheduling. Locations are the headings' locations compared ignoring case ({@code ALLEY} and
 * {@code Alley} are one place, named as first written); INT and EXT of a place are one location.
 * Headings without a location are left out.
 *
 * @param rows one row per location
 *
 * @since 0.1.0
 */
public record LocationReport(List<Row> rows) {

    public LocationReport {
        rows = Checks.listOf(rows, "rows");
    }

    /**
     * One location.
     *
     * @param location     the location as first written
     * @param subLocations the sub-locations written after it ({@code ROOFTOP} in
     *                     {@code INT. SCHOOL - ROOFTOP - DAY}), each once, in order
     * @param scenes       the scenes set there, in order
     */
    public record Row(String location, List<String> subLocations, List<SceneRef> scenes) {
        public Row {
            Checks.notBlank(location, "location");
            subLocations = Checks.listOf(subLocations, "subLocations");
            scenes = Checks.listOf(scenes, "scenes");
        }
    }

    /** The location report of a screenplay. */
    public static LocationReport of(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> subLocations = new LinkedHashMap<>();
        Map<String, List<SceneRef>> scenes = new LinkedHashMap<>();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            String location = scene.heading().location().strip();
            if (location.isEmpty()) {
                continue;
            }
            String key = location.toUpperCase(Locale.ROOT);
            names.putIfAbsent(key, location);
            List<String> subs = subLocations.computeIfAbsent(key, k -> new ArrayList<>());
            scene.heading().subLocation().filter(sub -> !subs.contains(sub)).ifPresent(subs::add);
            scenes.computeIfAbsent(key, k -> new ArrayList<>()).add(SceneRef.of(s, scene));
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((key, name) -> rows.add(new Row(name, subLocations.get(key), scenes.get(key))));
        return new LocationReport(rows);
    }
}
