package dev.slate.core.schedule.internal;

import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ShootingDay;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a shooting day in the notation {@link DayParser} reads. */
public final class DayWriter {

    /** Work longer than this goes on lines of its own, one entry a line. */
    private static final int ONE_LINE = 100;

    private DayWriter() {
    }

    /** The note's text, without its brackets. */
    public static String format(ShootingDay day) {
        StringBuilder head = new StringBuilder("DAY ").append(day.number());
        day.date().ifPresent(d -> head.append(": ")
                .append(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ').append(d));
        day.call().ifPresent(c -> head.append(" | call ").append(c));
        day.length().ifPresent(l -> head.append(" | ").append(length(l)));
        day.unit().ifPresent(u -> head.append(" | unit: ").append(escape(u)));
        List<String> work = work(day.entries());
        String oneLine = String.join(" | ", work);
        if (head.length() + oneLine.length() <= ONE_LINE) {
            return work.isEmpty() ? head.toString() : head + " | " + oneLine;
        }
        StringBuilder out = new StringBuilder(head);
        work.forEach(w -> out.append("\n  | ").append(w));
        return out.toString();
    }

    /** {@code 12h}, {@code 10h30}. */
    public static String length(Duration length) {
        long minutes = length.toMinutes();
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, "%02d", minutes % 60));
    }

    private static List<String> work(List<DayEntry> entries) {
        List<String> out = new ArrayList<>();
        List<String> wholes = new ArrayList<>();
        for (DayEntry entry : entries) {
            if (entry instanceof DayEntry.SceneWork w && w.isWhole() && w.minutes().isEmpty()) {
                wholes.add(w.scene());
                continue;
            }
            flush(wholes, out);
            out.add(entry(entry));
        }
        flush(wholes, out);
        return out;
    }

    private static void flush(List<String> wholes, List<String> out) {
        if (wholes.size() == 1) {
            out.add("scene " + wholes.get(0));
        } else if (!wholes.isEmpty()) {
            out.add("scenes " + String.join(", ", wholes));
        }
        wholes.clear();
    }

    private static String entry(DayEntry entry) {
        if (entry instanceof DayEntry.MealBreak meal) {
            return "meal " + meal.minutes() + " min";
        }
        if (entry instanceof DayEntry.CompanyMove move) {
            return "move " + move.minutes() + " min" + move.to().map(t -> " to " + escape(t)).orElse("");
        }
        DayEntry.SceneWork work = (DayEntry.SceneWork) entry;
        StringBuilder out = new StringBuilder("scene ").append(work.scene());
        if (!work.shots().isEmpty()) {
            out.append(work.shots().size() == 1 ? ": shot " : ": shots ").append(String.join(", ", work.shots()));
        } else if (!work.setups().isEmpty()) {
            out.append(work.setups().size() == 1 ? ": setup " : ": setups ").append(String.join(", ", work.setups()));
        }
        work.minutes().ifPresent(m -> out.append(" (").append(m).append(" min)"));
        return out.toString();
    }

    /** A name written so that it reads back as itself: backslash and bar escaped (brackets are the script writer's). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }
}
