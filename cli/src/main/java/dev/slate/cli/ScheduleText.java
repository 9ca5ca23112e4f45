package dev.slate.cli;

import dev.slate.core.layout.SceneLength;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.schedule.Scheduler;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The schedule as {@code slate schedule} prints it: day by day, then the totals. */
final class ScheduleText {

    private final Breakdown breakdown;
    private final String name;

    ScheduleText(Breakdown breakdown, String name) {
        this.breakdown = breakdown;
        this.name = name;
    }

    /** Every day with its lines and totals; days in {@code proposed} are marked so. */
    String schedule(ScheduleReport report, Set<Integer> proposed) {
        StringBuilder out = new StringBuilder();
        out.append(name).append(": ").append(count(report.days().size(), "shooting day")).append(", ")
                .append(SceneLength.format(Math.max(report.eighths(), 0))).append(" pages, ")
                .append(count(report.moves(), "company move")).append(", ")
                .append(count(report.castDays(), "cast work day")).append(", ")
                .append(count(report.holdDays(), "hold day")).append('\n');
        if (!breakdown.cast().entries().isEmpty()) {
            out.append("Cast: ").append(breakdown.cast().entries().stream()
                    .map(e -> e.number() + " " + e.character()).collect(Collectors.joining(", "))).append('\n');
        }
        for (ScheduleReport.Day day : report.days()) {
            out.append('\n').append(header(day, proposed.contains(day.day().number()))).append('\n');
            for (ScheduleReport.Line line : day.lines()) {
                out.append("  ").append(line.start()).append("  ").append(line(line)).append('\n');
            }
            out.append("  End of day ").append(day.day().number()).append(": ")
                    .append(count(day.scenes().size(), "scene")).append(", ")
                    .append(SceneLength.format(Math.max(day.eighths(), 0))).append(" pages, ")
                    .append(count(day.setups(), "setup")).append("; shooting ").append(minutes(day.shootingMinutes()))
                    .append(", setups ").append(minutes(day.setupMinutes()))
                    .append(", moves ").append(minutes(day.moveMinutes()))
                    .append(", meals ").append(minutes(day.mealMinutes()))
                    .append(" = ").append(minutes(day.minutes())).append('\n');
            out.append("  Cast ").append(day.cast().isEmpty() ? "none" : join(day.cast()))
                    .append("; ").append(day.locations().isEmpty() ? "no location" : String.join(", ", day.locations()))
                    .append('\n');
        }
        return out.toString();
    }

    /** The proposal against shooting in script order. */
    String comparison(Scheduler.Proposal proposal) {
        ScheduleReport a = proposal.report();
        ScheduleReport b = proposal.scriptOrder();
        return "\nProposed against script order:\n"
                + String.format(Locale.ROOT, "  %-16s %9s %13s%n", "", "proposed", "script order")
                + row("shooting days", a.days().size(), b.days().size())
                + row("company moves", a.moves(), b.moves())
                + row("cast work days", a.castDays(), b.castDays())
                + row("cast hold days", a.holdDays(), b.holdDays());
    }

    private static String row(String what, int a, int b) {
        return String.format(Locale.ROOT, "  %-16s %9d %13d%n", what, a, b);
    }

    private static String header(ScheduleReport.Day day, boolean proposed) {
        StringBuilder out = new StringBuilder("Day ").append(day.day().number());
        if (proposed) {
            out.append(" (proposed)");
        }
        day.day().date().ifPresent(d -> out.append("  ").append(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .append(' ').append(d));
        day.day().unit().ifPresent(u -> out.append("  ").append(u));
        out.append("  call ").append(day.day().callOrDefault())
                .append("  planned ").append(hours((int) day.day().lengthOrDefault().toMinutes()))
                .append("  wrap ").append(day.wrap());
        if (day.overtime()) {
            out.append("  OVERTIME");
        }
        return out.toString();
    }

    private static String line(ScheduleReport.Line line) {
        DayEntry entry = line.entry();
        if (entry instanceof DayEntry.MealBreak m) {
            return "meal " + minutes(m.minutes());
        }
        if (entry instanceof DayEntry.CompanyMove m) {
            return "company move " + minutes(m.minutes()) + m.to().map(t -> " to " + t).orElse("");
        }
        DayEntry.SceneWork work = (DayEntry.SceneWork) entry;
        if (line.scene().isEmpty()) {
            return "scene " + work.scene() + " (not in the script)";
        }
        Breakdown.Scene scene = line.scene().get();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-5s %s  %s  %s", scene.number(),
                scene.heading(), scene.dayOrNight(), pages(line)));
        if (!work.shots().isEmpty()) {
            out.append("  shots ").append(String.join(", ", work.shots()));
        } else if (!work.setups().isEmpty()) {
            out.append("  setups ").append(String.join(", ", work.setups()));
        }
        if (!scene.cast().isEmpty()) {
            out.append("  cast ").append(join(scene.cast()));
        }
        if (line.setups() > 0) {
            out.append("  ").append(count(line.setups(), "setup"));
        }
        return out.append("  ").append(minutes(line.minutes())).toString();
    }

    /** The pages a line counts; a later part of a split scene counts none and reads "pt.". */
    static String pages(ScheduleReport.Line line) {
        if (!line.part()) {
            return SceneLength.format(line.eighths() == 0 ? line.scene().orElseThrow().eighths() : line.eighths());
        }
        return line.eighths() == 0 ? "pt." : SceneLength.format(line.eighths()) + " pt.";
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String minutes(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + "h" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    private static String hours(int minutes) {
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, "%02d", minutes % 60));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
