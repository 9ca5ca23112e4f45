package dev.slate.cli;

import dev.slate.cli.internal.Json;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.SceneLength;
import dev.slate.core.cast.CastReport;
import dev.slate.core.report.CoverageReport;
import dev.slate.core.report.Csv;
import dev.slate.core.report.LocationReport;
import dev.slate.core.SceneRef;
import dev.slate.core.report.SceneReport;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The numbers {@code slate stats} prints for one script, and the three ways it prints them. */
record Stats(String file, Layout layout, SceneReport scenes, CastReport cast, LocationReport locations,
             ScheduleReport schedule, List<SceneCoverage> coverage, boolean planned) {

    static Stats of(String file, Screenplay screenplay, Layout layout) {
        List<Integer> eighths = new ArrayList<>();
        layout.scenes().forEach(s -> eighths.add(s.eighths()));
        Breakdown breakdown = Breakdown.of(screenplay, layout);
        ScheduleReport schedule = ScheduleReport.of(breakdown, ScheduleNotes.read(screenplay).schedule(),
                ScheduleRates.DEFAULT);
        return new Stats(file, layout, SceneReport.of(screenplay, eighths), CastReport.of(screenplay),
                LocationReport.of(screenplay), schedule, SceneCoverage.of(screenplay, layout),
                CoverageReport.hasPlan(screenplay));
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(file).append('\n');
        out.append(String.format(Locale.ROOT, "Pages: %d (%s paper, title page not counted), about %s of screen time%n",
                layout.pageCount(), layout.paper().name().toLowerCase(Locale.ROOT), minutes(layout.screenTime())));
        out.append(String.format(Locale.ROOT, "Scenes: %d%n", scenes.rows().size()));
        out.append(String.format(Locale.ROOT, "  %-5s %-48s %-7s %-14s %-5s %5s %-6s %6s %5s %5s %5s %5s%n", "#",
                "Heading", "INT/EXT", "Time", "D/N", "Page", "Length", "Screen", "Shots", "Setup", "Shoot", "Total"));
        for (int i = 0; i < scenes.rows().size(); i++) {
            SceneReport.Row row = scenes.rows().get(i);
            SceneLength length = layout.scenes().get(i);
            out.append(String.format(Locale.ROOT, "  %-5s %-48s %-7s %-14s %-5s %5d %-6s %6s %5d %5d %5d %5d%n",
                    length.number(), clip(row.scene().heading(), 48), row.interiorExterior().orElse(""),
                    clip(row.timeOfDay().orElse(""), 14), dayNight(row), length.firstPage(), length.pages(),
                    minutes(length.screenTime()), row.shots(), row.setupMinutes(), row.shootingMinutes(),
                    row.totalMinutes()));
        }
        out.append(String.format(Locale.ROOT, "Cast: %d%n", cast.rows().size()));
        out.append(String.format(Locale.ROOT, "  %-24s %6s %7s %6s %6s%n", "Character", "Scenes", "Blocks", "Lines",
                "Words"));
        for (CastReport.Row row : cast.rows()) {
            out.append(String.format(Locale.ROOT, "  %-24s %6d %7d %6d %6d%n", clip(row.character(), 24),
                    row.scenes().size(), row.dialogueBlocks(), row.dialogueLines(), row.words()));
        }
        out.append(String.format(Locale.ROOT, "Locations: %d%n", locations.rows().size()));
        for (LocationReport.Row row : locations.rows()) {
            out.append("  ").append(row.location())
                    .append(row.subLocations().isEmpty() ? "" : " (" + String.join(", ", row.subLocations()) + ")")
                    .append(": scenes ")
                    .append(row.scenes().stream().map(Stats::number).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append(String.format(Locale.ROOT, "Shots: %d, estimated setup %d min + shooting %d min = %d min "
                + "(setup counted once per camera setup)%n", scenes.shots(), scenes.setupMinutes(),
                scenes.shootingMinutes(), scenes.totalMinutes()));
        if (planned) {
            coverageText(out);
        }
        return out.toString();
    }

    /** Per scene, the lines of dialogue and action the planned shots cover; only for a script with a shot plan. */
    private void coverageText(StringBuilder out) {
        SceneCoverage total = SceneCoverage.total(coverage);
        out.append(String.format(Locale.ROOT, "Coverage: %d of %d lines of dialogue and action covered by a planned "
                + "shot, %s shots a line%n", total.coveredLines(), total.lines(), total.shotsPerLine()));
        out.append(String.format(Locale.ROOT, "  %-5s %5s %7s %10s%n", "#", "Lines", "Covered", "Shots/line"));
        for (int i = 0; i < coverage.size(); i++) {
            SceneCoverage scene = coverage.get(i);
            out.append(String.format(Locale.ROOT, "  %-5s %5d %7d %10s%n", layout.scenes().get(i).number(),
                    scene.lines(), scene.coveredLines(), scene.shotsPerLine()));
        }
    }

    /** The shape is documented in the README: pages, scenes, cast, locations, shots. */
    String json() {
        Json json = new Json().beginObject()
                .field("file", file)
                .field("paper", layout.paper().name().toLowerCase(Locale.ROOT))
                .field("pages", layout.pageCount())
                .field("eighths", layout.eighths())
                .field("screenTimeSeconds", layout.screenTime().toSeconds());
        json.key("scenes").beginArray();
        for (int i = 0; i < scenes.rows().size(); i++) {
            SceneReport.Row row = scenes.rows().get(i);
            SceneLength length = layout.scenes().get(i);
            json.beginObject()
                    .field("number", length.number())
                    .field("heading", row.scene().heading())
                    .field("location", row.location())
                    .field("interiorExterior", row.interiorExterior().orElse(null))
                    .field("timeOfDay", row.timeOfDay().orElse(null))
                    .field("dayNight", row.dayNight().map(Enum::name).orElse(null))
                    .field("page", length.firstPage())
                    .field("eighths", length.eighths())
                    .field("length", length.pages())
                    .field("screenTimeSeconds", length.screenTime().toSeconds())
                    .field("shots", row.shots())
                    .field("setupMinutes", row.setupMinutes())
                    .field("shootingMinutes", row.shootingMinutes())
                    .field("totalMinutes", row.totalMinutes());
            coverageJson(json, coverage.get(i));
            json.endObject();
        }
        json.endArray().key("cast").beginArray();
        for (CastReport.Row row : cast.rows()) {
            json.beginObject().field("name", row.character()).key("scenes").beginArray();
            row.scenes().forEach(s -> json.value(number(s)));
            json.endArray().field("dialogueBlocks", row.dialogueBlocks()).field("dialogueLines", row.dialogueLines())
                    .field("words", row.words()).endObject();
        }
        json.endArray().key("locations").beginArray();
        for (LocationReport.Row row : locations.rows()) {
            json.beginObject().field("name", row.location()).key("subLocations").beginArray();
            row.subLocations().forEach(json::value);
            json.endArray().key("scenes").beginArray();
            row.scenes().forEach(s -> json.value(number(s)));
            json.endArray().endObject();
        }
        json.endArray().key("shots").beginObject().field("total", scenes.shots())
                .field("estimatedMinutes", scenes.shootingMinutes())
                .field("setupMinutes", scenes.setupMinutes())
                .field("shootingMinutes", scenes.shootingMinutes())
                .field("totalMinutes", scenes.totalMinutes()).endObject();
        json.key("coverage").beginObject();
        coverageJson(json, SceneCoverage.total(coverage));
        json.endObject();
        scheduleJson(json);
        return json.endObject().toString();
    }

    /** Lines of dialogue and action, those a planned shot covers, and planned shots a line (docs/lined.md). */
    private static void coverageJson(Json json, SceneCoverage coverage) {
        json.field("lines", coverage.lines()).field("coveredLines", coverage.coveredLines())
                .key("shotsPerLine").number(coverage.shotsPerLine());
    }

    /** The planned shooting days (none without [[DAY ...]] notes) and their totals, as docs/schedule.md counts them. */
    private void scheduleJson(Json json) {
        json.key("schedule").beginObject().field("shootingDays", schedule.days().size())
                .field("eighths", schedule.eighths()).field("companyMoves", schedule.moves())
                .field("castWorkDays", schedule.castDays()).field("castHoldDays", schedule.holdDays())
                .field("minutes", schedule.minutes()).key("days").beginArray();
        for (ScheduleReport.Day day : schedule.days()) {
            json.beginObject().field("number", day.day().number())
                    .field("date", day.day().date().map(Object::toString).orElse(null))
                    .field("call", day.day().callOrDefault().toString()).field("wrap", day.wrap().toString())
                    .field("plannedMinutes", day.day().lengthOrDefault().toMinutes())
                    .field("eighths", day.eighths()).key("scenes").beginArray();
            day.scenes().forEach(json::value);
            json.endArray().field("setups", day.setups()).field("shootingMinutes", day.shootingMinutes())
                    .field("setupMinutes", day.setupMinutes()).field("moveMinutes", day.moveMinutes())
                    .field("mealMinutes", day.mealMinutes()).field("minutes", day.minutes()).key("cast").beginArray();
            day.cast().forEach(c -> json.value(c));
            json.endArray().key("locations").beginArray();
            day.locations().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }

    /** One row per scene, for spreadsheets, written as every CSV of Slate is ({@link Csv}). */
    String csv() {
        StringBuilder out = new StringBuilder();
        Csv.record(out, List.of("File", "Scene", "Heading", "INT/EXT", "Time of day", "Day/night", "Page", "Eighths",
                "Length", "Screen seconds", "Shots", "Setup minutes", "Shooting minutes", "Total minutes", "Lines",
                "Covered lines", "Shots per line"));
        for (int i = 0; i < scenes.rows().size(); i++) {
            SceneReport.Row row = scenes.rows().get(i);
            SceneLength length = layout.scenes().get(i);
            Csv.record(out, List.of(file, length.number(), row.scene().heading(), row.interiorExterior().orElse(""),
                    row.timeOfDay().orElse(""), dayNight(row), Integer.toString(length.firstPage()),
                    Integer.toString(length.eighths()), length.pages(),
                    Long.toString(length.screenTime().toSeconds()), Integer.toString(row.shots()),
                    Integer.toString(row.setupMinutes()), Integer.toString(row.shootingMinutes()),
                    Integer.toString(row.totalMinutes()), Integer.toString(coverage.get(i).lines()),
                    Integer.toString(coverage.get(i).coveredLines()), coverage.get(i).shotsPerLine().toPlainString()));
        }
        return out.toString();
    }

    private static String dayNight(SceneReport.Row row) {
        return row.dayNight().map(Enum::name).orElse("");
    }

    private static String number(SceneRef scene) {
        return scene.number().orElse(Integer.toString(scene.index() + 1));
    }

    private static String minutes(Duration time) {
        long seconds = time.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
