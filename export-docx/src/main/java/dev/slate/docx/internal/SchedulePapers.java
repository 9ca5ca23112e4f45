package dev.slate.docx.internal;

import dev.slate.core.layout.SceneLength;
import dev.slate.core.cast.CastNumbers;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.DayOutOfDays;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.shot.Shot;
import dev.slate.docx.internal.PaperDocument.Cell;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The content of the schedule's papers: the one-liner, the stripboard, the day out of days, a call sheet. */
public final class SchedulePapers {

    /** Strip colours: the industry's white, yellow, blue and green, and black day breaks. */
    static final String INT_DAY = "FFFFFF";
    static final String EXT_DAY = "FFF2A8";
    static final String INT_NIGHT = "A9C8F0";
    static final String EXT_NIGHT = "A8DBA8";
    static final String DAY_BREAK = "000000";
    private static final String BREAK_FILL = "EEEEEE";
    /** DOOD day columns per table, so that a long schedule stays readable. */
    private static final int DOOD_DAYS = 16;

    private final int shortSide;
    private final int longSide;
    private final String title;
    private final Breakdown breakdown;
    private final ScheduleReport report;

    /** Papers of this size (twips) for a schedule's report. */
    public SchedulePapers(int shortSide, int longSide, String title, Breakdown breakdown, ScheduleReport report) {
        this.shortSide = shortSide;
        this.longSide = longSide;
        this.title = title;
        this.breakdown = breakdown;
        this.report = report;
    }

    /** The one-liner: per day its scenes, one line each, and "End of Day N — pages". Portrait. */
    public byte[] oneLiner() {
        try (PaperDocument doc = new PaperDocument(shortSide, longSide, false, title, "one-liner")) {
            doc.info("One-liner   \u00b7   " + totals());
            cast(doc);
            int w = doc.textWidth();
            int[] widths = {700, w * 36 / 100, 450, 700, 1100, 0};
            widths[5] = w - widths[0] - widths[1] - widths[2] - widths[3] - widths[4];
            doc.table(widths, List.of("Sc.", "Set", "D/N", "Pages", "Cast", "Synopsis"));
            for (ScheduleReport.Day day : report.days()) {
                doc.spanRow(Cell.of(dayTitle(day)).filled("D9D9D9").bold());
                for (ScheduleReport.Line line : day.lines()) {
                    if (line.scene().isPresent()) {
                        Breakdown.Scene scene = line.scene().get();
                        doc.row(List.of(Cell.centred(scene.number()), Cell.of(scene.heading()),
                                Cell.centred(scene.dayOrNight()), Cell.centred(pages(line)), Cell.of(numbers(scene.cast())),
                                Cell.of(scene.synopsis())));
                    } else {
                        doc.spanRow(Cell.of(breakLine(line)).filled(BREAK_FILL));
                    }
                }
                doc.spanRow(Cell.of("End of Day " + day.day().number() + " \u2014 " + pages(day.eighths()) + " pages   \u00b7   "
                        + count(day.scenes().size(), "scene") + "   \u00b7   " + minutes(day.minutes())
                        + "   \u00b7   wrap " + day.wrap()).bold());
            }
            return doc.toBytes();
        }
    }

    /** The stripboard: one strip a scene in shooting order, coloured as the industry does; black day breaks. Landscape. */
    public byte[] stripboard() {
        try (PaperDocument doc = new PaperDocument(shortSide, longSide, true, title, "stripboard")) {
            doc.info("Stripboard   \u00b7   " + totals()
                    + "   \u00b7   white INT day, yellow EXT day, blue INT night, green EXT night");
            cast(doc);
            int w = doc.textWidth();
            int[] widths = {650, 700, 650, 500, w * 30 / 100, 750, 1600, 0};
            int used = 0;
            for (int i = 0; i < widths.length - 1; i++) {
                used += widths[i];
            }
            widths[7] = w - used;
            doc.table(widths, List.of("Day", "Sc.", "I/E", "D/N", "Set", "Pages", "Cast", "Synopsis"));
            for (ScheduleReport.Day day : report.days()) {
                for (ScheduleReport.Line line : day.lines()) {
                    if (line.scene().isEmpty()) {
                        doc.spanRow(Cell.of(breakLine(line)).filled(BREAK_FILL));
                        continue;
                    }
                    Breakdown.Scene scene = line.scene().get();
                    String fill = stripColour(scene);
                    doc.row(List.of(Cell.centred(Integer.toString(day.day().number())).filled(fill),
                            Cell.centred(scene.number()).filled(fill).bold(),
                            Cell.centred(scene.interiorExterior().orElse("")).filled(fill),
                            Cell.centred(scene.dayOrNight()).filled(fill), Cell.of(scene.heading()).filled(fill),
                            Cell.centred(pages(line)).filled(fill), Cell.of(numbers(scene.cast())).filled(fill),
                            Cell.of(scene.synopsis()).filled(fill)));
                }
                doc.spanRow(Cell.of("END OF DAY " + day.day().number() + day.day().date().map(d -> " \u2014 " + date(d)).orElse("")
                        + " \u2014 " + pages(day.eighths()) + " pages \u2014 " + count(day.scenes().size(), "scene")
                        + " \u2014 " + minutes(day.minutes())).filled(DAY_BREAK).coloured("FFFFFF").bold());
            }
            return doc.toBytes();
        }
    }

    /** The day out of days: cast × days with SW, W, WF, SWF, H, and the totals. Landscape. */
    public byte[] dayOutOfDays() {
        DayOutOfDays dood = DayOutOfDays.of(report, breakdown.cast());
        try (PaperDocument doc = new PaperDocument(shortSide, longSide, true, title, "day out of days")) {
            doc.info("Day out of days   \u00b7   " + totals()
                    + "   \u00b7   SW start work, W work, WF work finish, SWF start-work-finish, H hold");
            int w = doc.textWidth();
            for (int from = 0; from < Math.max(1, dood.days().size()); from += DOOD_DAYS) {
                int to = Math.min(dood.days().size(), from + DOOD_DAYS);
                boolean last = to == dood.days().size();
                int dayColumns = to - from;
                int fixed = 500 + 2400 + (last ? 3 * 650 : 0);
                int dayWidth = dayColumns == 0 ? 0 : Math.min(800, (w - fixed) / dayColumns);
                int[] widths = new int[2 + dayColumns + (last ? 3 : 0)];
                widths[0] = 500;
                widths[1] = 2400;
                List<String> header = new ArrayList<>(List.of("No.", "Character"));
                for (int d = from; d < to; d++) {
                    widths[2 + d - from] = dayWidth;
                    header.add("Day " + dood.days().get(d) + report.days().get(d).day().date()
                            .map(x -> "\n" + x.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                                    + x.getMonthValue() + "/" + x.getDayOfMonth()).orElse(""));
                }
                if (last) {
                    for (int i = 0; i < 3; i++) {
                        widths[2 + dayColumns + i] = 650;
                    }
                    header.addAll(List.of("Work", "Hold", "Total"));
                }
                doc.table(widths, header);
                for (DayOutOfDays.Row row : dood.rows()) {
                    List<Cell> cells = new ArrayList<>(List.of(Cell.centred(Integer.toString(row.number())),
                            Cell.of(row.character())));
                    for (int d = from; d < to; d++) {
                        String code = row.codes().get(d);
                        Cell cell = Cell.centred(code);
                        cells.add(code.equals(DayOutOfDays.HOLD) ? cell.filled("EEEEEE") : code.isEmpty() ? cell : cell.bold());
                    }
                    if (last) {
                        cells.add(Cell.centred(Integer.toString(row.workDays())));
                        cells.add(Cell.centred(Integer.toString(row.holdDays())));
                        cells.add(Cell.centred(Integer.toString(row.totalDays())).bold());
                    }
                    doc.row(cells);
                }
            }
            return doc.toBytes();
        }
    }

    /** The call sheet of one day: date, call, wrap, locations, scenes, cast and the day's timeline. Portrait. */
    public byte[] callSheet(ScheduleReport.Day day) {
        try (PaperDocument doc = new PaperDocument(shortSide, longSide, false, title, "call sheet")) {
            doc.info("Call sheet   \u00b7   Day " + day.day().number() + " of " + report.days().size()
                    + day.day().date().map(d -> "   \u00b7   " + date(d)).orElse("")
                    + day.day().unit().map(u -> "   \u00b7   " + u).orElse(""));
            doc.info("Crew call " + day.day().callOrDefault() + "   \u00b7   estimated wrap " + day.wrap()
                    + "   \u00b7   " + pages(day.eighths()) + " pages   \u00b7   " + count(day.setups(), "setup"));
            doc.info("Locations: " + (day.locations().isEmpty() ? "none" : String.join(", ", day.locations())));
            int w = doc.textWidth();
            int[] scenes = {700, w * 40 / 100, 450, 700, 1100, 0};
            scenes[5] = w - scenes[0] - scenes[1] - scenes[2] - scenes[3] - scenes[4];
            doc.table(scenes, List.of("Sc.", "Set", "D/N", "Pages", "Cast", "Synopsis"));
            Map<Integer, List<String>> castScenes = new LinkedHashMap<>();
            for (ScheduleReport.Line line : day.lines()) {
                line.scene().ifPresent(scene -> {
                    doc.row(List.of(Cell.centred(scene.number()), Cell.of(scene.heading()), Cell.centred(scene.dayOrNight()),
                            Cell.centred(pages(line)), Cell.of(numbers(scene.cast())), Cell.of(scene.synopsis())));
                    scene.cast().forEach(c -> {
                        List<String> list = castScenes.computeIfAbsent(c, k -> new ArrayList<>());
                        if (!list.contains(scene.number())) {
                            list.add(scene.number());
                        }
                    });
                });
            }
            doc.spanRow(Cell.of("Total " + pages(day.eighths()) + " pages").bold());
            doc.table(new int[] {700, w * 45 / 100, w - 700 - w * 45 / 100}, List.of("No.", "Cast", "Scenes"));
            for (CastNumbers.Entry entry : breakdown.cast().entries()) {
                if (castScenes.containsKey(entry.number())) {
                    doc.row(List.of(Cell.centred(Integer.toString(entry.number())), Cell.of(entry.character()),
                            Cell.of(String.join(", ", castScenes.get(entry.number())))));
                }
            }
            doc.table(new int[] {900, w * 55 / 100, 1100, w - 2000 - w * 55 / 100}, List.of("Time", "Work", "Setups", "Minutes"));
            for (ScheduleReport.Line line : day.lines()) {
                String what = line.scene().map(s -> "Scene " + s.number() + shotsOf(line)).orElse(breakText(line));
                doc.row(List.of(Cell.centred(line.start().toString()), Cell.of(what),
                        Cell.centred(line.setups() == 0 ? "" : Integer.toString(line.setups())), Cell.centred(minutes(line.minutes()))));
            }
            doc.spanRow(Cell.of("Estimated wrap " + day.wrap() + " \u2014 shooting " + minutes(day.shootingMinutes())
                    + ", setups " + minutes(day.setupMinutes()) + ", moves " + minutes(day.moveMinutes())
                    + ", meals " + minutes(day.mealMinutes()) + " = " + minutes(day.minutes())).bold());
            return doc.toBytes();
        }
    }

    private static String shotsOf(ScheduleReport.Line line) {
        if (line.shots().isEmpty()) {
            return "";
        }
        return (line.part() ? " (part): shots " : ": shots ") + line.shots().stream().map(Shot::number)
                .collect(Collectors.joining(", "));
    }

    static String stripColour(Breakdown.Scene scene) {
        boolean exterior = scene.interiorExterior().filter(p -> p.startsWith("EXT")).isPresent();
        if (scene.night()) {
            return exterior ? EXT_NIGHT : INT_NIGHT;
        }
        return exterior ? EXT_DAY : INT_DAY;
    }

    private void cast(PaperDocument doc) {
        if (!breakdown.cast().entries().isEmpty()) {
            doc.info("Cast: " + breakdown.cast().entries().stream().map(e -> e.number() + " " + e.character())
                    .collect(Collectors.joining(", ")));
        }
    }

    private String totals() {
        return count(report.days().size(), "shooting day") + ", " + pages(report.eighths()) + " pages, "
                + count(report.moves(), "company move");
    }

    private String dayTitle(ScheduleReport.Day day) {
        return "Day " + day.day().number() + " of " + report.days().size()
                + day.day().date().map(d -> " \u2014 " + date(d)).orElse("")
                + " \u2014 call " + day.day().callOrDefault() + day.day().unit().map(u -> " \u2014 " + u).orElse("");
    }

    private static String breakLine(ScheduleReport.Line line) {
        return line.scene().isEmpty() && !(line.entry() instanceof DayEntry.SceneWork)
                ? line.start() + "  " + breakText(line) : breakText(line);
    }

    /** A meal, a move, or a scene the script does not have. */
    private static String breakText(ScheduleReport.Line line) {
        DayEntry entry = line.entry();
        if (entry instanceof DayEntry.MealBreak m) {
            return "Meal break, " + minutes(m.minutes());
        }
        if (entry instanceof DayEntry.CompanyMove m) {
            return "Company move" + m.to().map(t -> " to " + t).orElse("") + ", " + minutes(m.minutes());
        }
        return "Scene " + ((DayEntry.SceneWork) entry).scene() + " (not in the script)";
    }

    private static String pages(ScheduleReport.Line line) {
        if (!line.part()) {
            return pages(line.eighths());
        }
        return line.eighths() == 0 ? "pt." : pages(line.eighths()) + " pt.";
    }

    private static String pages(int eighths) {
        return eighths == 0 ? "0" : SceneLength.format(eighths);
    }

    private static String numbers(List<Integer> cast) {
        return cast.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String date(java.time.LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d;
    }

    static String minutes(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + "h" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
