package dev.slate.core.schedule;

import dev.slate.core.Action;
import dev.slate.core.DayNight;
import dev.slate.core.Element;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.Synopsis;
import dev.slate.core.internal.Checks;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneLength;
import dev.slate.core.cast.CastNumbers;
import dev.slate.core.cast.CastReport;
import dev.slate.core.SceneRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What scheduling needs to know of each scene: where and when it plays, how long it is on the page,
 * who is in it and the shots planned for it. The first AD's breakdown sheet, one row a scene.
 *
 * @param scenes one row a scene, in script order
 * @param cast   the cast numbers every paper prints
 *
 * @since 0.1.0
 */
public record Breakdown(List<Scene> scenes, CastNumbers cast) {

    /** Checks the fields. */
    public Breakdown {
        scenes = Checks.listOf(scenes, "scenes");
        Checks.notNull(cast, "cast");
    }

    /**
     * One scene.
     *
     * @param index            position in the screenplay's scenes, from 0
     * @param number           the scene number, or its position (1, 2, 3...) when it has none
     * @param heading          the heading as written
     * @param location         the location without the sub-location, in capitals
     * @param interiorExterior INT, EXT or INT/EXT, empty when the heading has no prefix
     * @param night            whether the production shoots it as night ({@link Screenplay#dayNights()}; day when the
     *                         script does not say)
     * @param eighths          its length in eighths of a page
     * @param cast             the cast numbers of the characters in it, in number order
     * @param synopsis         its synopsis, else its first action line, else empty
     * @param shots            the shots planned for it, in order
     */
    public record Scene(int index, String number, String heading, String location, Optional<String> interiorExterior,
                        boolean night, int eighths, List<Integer> cast, String synopsis, List<Shot> shots) {
        /** Checks the fields. */
        public Scene {
            Checks.notNegative(index, "index");
            Checks.notBlank(number, "number");
            Checks.notNull(heading, "heading");
            Checks.notNull(location, "location");
            Checks.notNull(interiorExterior, "interiorExterior");
            if (eighths < 1) {
                throw new IllegalArgumentException("eighths must be at least 1, was " + eighths);
            }
            cast = Checks.listOf(cast, "cast");
            Checks.notNull(synopsis, "synopsis");
            shots = Checks.listOf(shots, "shots");
        }

        /** D or N, as strips and one-liners print it. */
        public String dayOrNight() {
            return night ? "N" : "D";
        }

        /** The shot with this number, if planned. */
        public Optional<Shot> shot(String number) {
            return shots.stream().filter(s -> s.number().equals(number)).findFirst();
        }
    }

    /** The breakdown of a screenplay, with scene lengths from the standard paginator. */
    public static Breakdown of(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        return of(screenplay, Paginator.builder().build().paginate(screenplay));
    }

    /** The breakdown of a screenplay with the scene lengths of a layout of it. */
    public static Breakdown of(Screenplay screenplay, Layout layout) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(layout, "layout");
        CastReport castReport = CastReport.of(screenplay);
        CastNumbers numbers = CastNumbers.of(screenplay, castReport);
        Map<Integer, List<Integer>> castByScene = new TreeMap<>();
        for (CastReport.Row row : castReport.rows()) {
            int number = numbers.entry(row.character()).orElseThrow().number();
            for (SceneRef ref : row.scenes()) {
                castByScene.computeIfAbsent(ref.index(), k -> new ArrayList<>()).add(number);
            }
        }
        List<Optional<DayNight>> nights = screenplay.dayNights();
        List<Scene> scenes = new ArrayList<>();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            dev.slate.core.Scene scene = screenplay.scenes().get(s);
            SceneLength length = layout.scenes().get(s);
            List<Integer> cast = new ArrayList<>(castByScene.getOrDefault(s, List.of()));
            cast.sort(Comparator.naturalOrder());
            scenes.add(new Scene(s, length.number(), scene.heading().text(),
                    scene.heading().location().toUpperCase(Locale.ROOT),
                    scene.heading().prefix().map(p -> p.interiorExterior()),
                    nights.get(s).orElse(DayNight.DAY) == DayNight.NIGHT, length.eighths(), cast,
                    synopsis(scene), scene.shots()));
        }
        return new Breakdown(scenes, numbers);
    }

    /** The scene with this number (as {@link Scene#number()} gives it), if there is one. */
    public Optional<Scene> scene(String number) {
        Checks.notNull(number, "number");
        return scenes.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    private static String synopsis(dev.slate.core.Scene scene) {
        for (Element element : scene.elements()) {
            if (element instanceof Synopsis synopsis) {
                return synopsis.text().strip();
            }
        }
        for (Element element : scene.elements()) {
            if (element instanceof Action action) {
                String text = action.text().plain().strip();
                int end = text.indexOf('\n');
                return end < 0 ? text : text.substring(0, end).strip();
            }
        }
        return "";
    }
}
