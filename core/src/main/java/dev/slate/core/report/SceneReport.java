package dev.slate.core.report;

import dev.slate.core.SceneRef;
import dev.slate.core.DayNight;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.internal.Sums;
import dev.slate.core.layout.SceneLength;
import dev.slate.core.shot.Setups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The scenes of a screenplay with what a production breakdown needs: heading, INT/EXT, time of day,
 * day or night, shots and estimated shooting minutes, and, when the pages are known, the length in eighths of a
 * page and the screen time it suggests.
 *
 * <pre>{@code
 * for (SceneReport.Row row : SceneReport.of(screenplay).rows()) {
 *     System.out.println(row.scene().number().orElse("") + " " + row.scene().heading() + " " + row.shootingMinutes());
 * }
 * }</pre>
 *
 * @param rows one row per scene, in script order
 *
 * @since 0.1.0
 */
public record SceneReport(List<Row> rows) {

    public SceneReport {
        rows = Checks.listOf(rows, "rows");
    }

    /**
     * One scene.
     *
     * @param scene             which scene
     * @param location          the location of the heading (the whole heading when free-form)
     * @param interiorExterior  INT, EXT or INT/EXT; empty for a free-form heading
     * @param timeOfDay         as written in the heading
     * @param dayNight          DAY or NIGHT for production, CONTINUOUS and LATER resolved
     *                          ({@link Screenplay#dayNights()}); empty when the heading says neither
     * @param shots             the number of shots planned
     * @param shootingMinutes   the sum of the shots' estimated shooting minutes
     * @param setupMinutes      the setup estimates, counted once per camera setup ({@link Setups})
     * @param unestimatedShots  shots without an estimate, so that a reader knows the sum is partial
     * @param pageEighths       the length in eighths of a page, when pagination supplied it
     */
    public record Row(SceneRef scene, String location, Optional<String> interiorExterior, Optional<String> timeOfDay,
                      Optional<DayNight> dayNight, int shots, int shootingMinutes, int setupMinutes,
                      int unestimatedShots,
                      OptionalInt pageEighths) {

        public Row {
            Checks.notNull(scene, "scene");
            Checks.notNull(location, "location");
            Checks.notNull(interiorExterior, "interiorExterior");
            Checks.notNull(timeOfDay, "timeOfDay");
            Checks.notNull(dayNight, "dayNight");
            Checks.notNegative(shots, "shots");
            Checks.notNegative(shootingMinutes, "shootingMinutes");
            Checks.notNegative(setupMinutes, "setupMinutes");
            Checks.notNegative(unestimatedShots, "unestimatedShots");
            Checks.notNull(pageEighths, "pageEighths");
        }

        /** Setup and shooting minutes: the time the scene needs on the day. */
        public int totalMinutes() {
            return Sums.add(setupMinutes, shootingMinutes);
        }

        /** The estimated screen time, one minute a page, when the length is known. */
        public Optional<Duration> screenTime() {
            return pageEighths.isPresent() ? Optional.of(SceneLength.screenTime(pageEighths.getAsInt()))
                    : Optional.empty();
        }
    }

    /** The report without page lengths. */
    public static SceneReport of(Screenplay screenplay) {
        return of(screenplay, List.of());
    }

    /**
     * The report with each scene's length: {@code pageEighths.get(i)} is scene {@code i}'s length in
     * eighths of a page, as pagination measures it; scenes past the end of the list have no length.
     */
    public static SceneReport of(Screenplay screenplay, List<Integer> pageEighths) {
        Checks.notNull(screenplay, "screenplay");
        List<Integer> eighths = Checks.listOf(pageEighths, "pageEighths");
        List<Row> rows = new ArrayList<>();
        List<Optional<DayNight>> dayNights = screenplay.dayNights();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            SceneHeading heading = scene.heading();
            Setups.Totals totals = Setups.totals(scene.shots());
            int unestimated = (int) scene.shots().stream().filter(shot -> shot.shootingMinutes().isEmpty()).count();
            rows.add(new Row(SceneRef.of(s, scene), heading.location(),
                    heading.prefix().map(SceneHeading.Prefix::interiorExterior), heading.timeOfDay(), dayNights.get(s),
                    scene.shots().size(), totals.shootingMinutes(), totals.setupMinutes(), unestimated,
                    s < eighths.size() ? OptionalInt.of(Checks.notNegative(eighths.get(s), "pageEighths"))
                            : OptionalInt.empty()));
        }
        return new SceneReport(rows);
    }

    /** All shots planned. */
    public int shots() {
        return rows.stream().mapToInt(Row::shots).sum();
    }

    /** All estimated shooting minutes; the sum stops at the largest int rather than wrap. */
    public int shootingMinutes() {
        return rows.stream().mapToInt(Row::shootingMinutes).reduce(0, Sums::add);
    }

    /** All setup minutes, counted once per camera setup of each scene. */
    public int setupMinutes() {
        return rows.stream().mapToInt(Row::setupMinutes).reduce(0, Sums::add);
    }

    /** Setup and shooting minutes of the whole script. */
    public int totalMinutes() {
        return Sums.add(setupMinutes(), shootingMinutes());
    }
}
