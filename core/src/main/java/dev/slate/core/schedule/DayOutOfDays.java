package dev.slate.core.schedule;

import dev.slate.core.internal.Checks;
import dev.slate.core.cast.CastNumbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The day out of days: for each cast member, what they do on each shooting day, in the industry's
 * codes: {@code SW} start work (their first day), {@code W} work, {@code WF} work finish (their last
 * day), {@code SWF} start-work-finish (their only day), {@code H} hold (paid, not working, between
 * two work days), blank before they start and after they finish.
 *
 * @param days the shooting day numbers, in schedule order
 * @param rows one row per cast member who works, in cast-number order
 *
 * @since 0.1.0
 */
public record DayOutOfDays(List<Integer> days, List<Row> rows) {

    /** Start work. */
    public static final String START = "SW";
    /** Work. */
    public static final String WORK = "W";
    /** Work finish. */
    public static final String FINISH = "WF";
    /** Start, work and finish on one day. */
    public static final String ONLY = "SWF";
    /** Hold. */
    public static final String HOLD = "H";

    /** Checks the fields. */
    public DayOutOfDays {
        days = Checks.listOf(days, "days");
        rows = Checks.listOf(rows, "rows");
    }

    /**
     * One cast member.
     *
     * @param number    their cast number
     * @param character their name
     * @param codes     one code a day, blank where they are not called
     */
    public record Row(int number, String character, List<String> codes) {
        /** Checks the fields. */
        public Row {
            Checks.notBlank(character, "character");
            codes = Checks.listOf(codes, "codes");
        }

        /** The days they work. */
        public int workDays() {
            return (int) codes.stream().filter(c -> !c.isEmpty() && !c.equals(HOLD)).count();
        }

        /** The days they are held. */
        public int holdDays() {
            return (int) codes.stream().filter(HOLD::equals).count();
        }

        /** Work and hold days: the days they are paid for. */
        public int totalDays() {
            return workDays() + holdDays();
        }
    }

    /** The day out of days of a schedule's report. */
    public static DayOutOfDays of(ScheduleReport report, CastNumbers cast) {
        Checks.notNull(report, "report");
        Checks.notNull(cast, "cast");
        List<Integer> days = report.days().stream().map(d -> d.day().number()).toList();
        List<Row> rows = new ArrayList<>();
        for (CastNumbers.Entry entry : cast.entries()) {
            int first = -1;
            int last = -1;
            for (int d = 0; d < report.days().size(); d++) {
                if (report.days().get(d).cast().contains(entry.number())) {
                    first = first < 0 ? d : first;
                    last = d;
                }
            }
            if (first < 0) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (int d = 0; d < report.days().size(); d++) {
                boolean works = report.days().get(d).cast().contains(entry.number());
                codes.add(d < first || d > last ? "" : first == last ? ONLY : d == first ? START
                        : d == last ? FINISH : works ? WORK : HOLD);
            }
            rows.add(new Row(entry.number(), entry.character(), codes));
        }
        return new DayOutOfDays(days, rows);
    }

    /** The table as CSV (RFC 4180, CRLF): cast number, character, a column a day, then the totals. */
    public String toCsv() {
        StringBuilder out = new StringBuilder("No.,Character");
        days.forEach(d -> out.append(",Day ").append(d));
        out.append(",Work,Hold,Total\r\n");
        for (Row row : rows) {
            out.append(row.number()).append(',').append(csv(row.character()));
            row.codes().forEach(c -> out.append(',').append(c));
            out.append(',').append(row.workDays()).append(',').append(row.holdDays()).append(',')
                    .append(row.totalDays()).append("\r\n");
        }
        return out.toString();
    }

    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
