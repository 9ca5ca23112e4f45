package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayOutOfDays;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.docx.internal.DoodWorkbook;
import dev.slate.docx.internal.SchedulePapers;
import dev.slate.docx.internal.Streams;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The first AD's papers of a shooting schedule, in Word format (and the day out of days also as a
 * spreadsheet): the one-liner, the stripboard, the day out of days and the call sheet of a day.
 * Every paper prints the numbers of one {@link ScheduleReport}, so their totals agree; headers
 * repeat on every page, rows never split, the footer reads "Page N of M", and the same schedule
 * gives the same bytes. The one-liner and call sheet are portrait, the stripboard and day out of
 * days landscape. Immutable and thread-safe.
 *
 * <pre>{@code
 * Breakdown breakdown = Breakdown.of(screenplay);
 * ScheduleReport report = ScheduleReport.of(breakdown, ScheduleNotes.read(screenplay).schedule(), ScheduleRates.DEFAULT);
 * DocxSchedulePapers.builder().build().oneLiner(screenplay, breakdown, report, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocxSchedulePapers {

    private final Paper paper;
    private final Optional<String> title;

    private DocxSchedulePapers(Builder b) {
        this.paper = b.paper;
        this.title = b.title;
    }

    /** Papers on US Letter, titled as the screenplay. */
    public static Builder builder() {
        return new Builder();
    }

    /** The one-liner as the bytes of a DOCX file. */
    public byte[] oneLiner(Screenplay screenplay, Breakdown breakdown, ScheduleReport report) {
        return papers(screenplay, breakdown, report).oneLiner();
    }

    /**
     * Writes the one-liner to a stream, flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void oneLiner(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, OutputStream out) {
        Streams.write(oneLiner(screenplay, breakdown, report), Streams.notNull(out), "the one-liner");
    }

    /** The stripboard as the bytes of a DOCX file. */
    public byte[] stripboard(Screenplay screenplay, Breakdown breakdown, ScheduleReport report) {
        return papers(screenplay, breakdown, report).stripboard();
    }

    /**
     * Writes the stripboard to a stream, flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void stripboard(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, OutputStream out) {
        Streams.write(stripboard(screenplay, breakdown, report), Streams.notNull(out), "the stripboard");
    }

    /** The day out of days as the bytes of a DOCX file. */
    public byte[] dayOutOfDays(Screenplay screenplay, Breakdown breakdown, ScheduleReport report) {
        return papers(screenplay, breakdown, report).dayOutOfDays();
    }

    /**
     * Writes the day out of days to a stream, flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void dayOutOfDays(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, OutputStream out) {
        Streams.write(dayOutOfDays(screenplay, breakdown, report), Streams.notNull(out), "the day out of days");
    }

    /** The day out of days as the bytes of a spreadsheet (XLSX). */
    public byte[] dayOutOfDaysWorkbook(Screenplay screenplay, Breakdown breakdown, ScheduleReport report) {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(breakdown, "breakdown must not be null");
        return DoodWorkbook.of(DayOutOfDays.of(report, breakdown.cast()), title(screenplay));
    }

    /**
     * Writes the day out of days as a spreadsheet (XLSX) to a stream, flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void dayOutOfDaysWorkbook(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, OutputStream out) {
        Streams.write(dayOutOfDaysWorkbook(screenplay, breakdown, report), Streams.notNull(out),
                "the day out of days workbook");
    }

    /**
     * The call sheet of the day with this number, as the bytes of a DOCX file.
     *
     * @throws IllegalArgumentException when the schedule has no such day, naming the days it has
     */
    public byte[] callSheet(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, int day) {
        Objects.requireNonNull(report, "report must not be null");
        ScheduleReport.Day found = report.days().stream().filter(d -> d.day().number() == day).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the schedule has no day " + day + "; it has days "
                        + report.days().stream().map(d -> Integer.toString(d.day().number()))
                        .reduce((a, b) -> a + ", " + b).orElse("none")));
        return papers(screenplay, breakdown, report).callSheet(found);
    }

    /**
     * Writes the call sheet of the day with this number to a stream, flushed, not closed.
     *
     * @throws IllegalArgumentException when the schedule has no such day, naming the days it has
     * @throws UncheckedIOException     when the stream fails
     */
    public void callSheet(Screenplay screenplay, Breakdown breakdown, ScheduleReport report, int day, OutputStream out) {
        Streams.write(callSheet(screenplay, breakdown, report, day), Streams.notNull(out), "the call sheet");
    }

    private SchedulePapers papers(Screenplay screenplay, Breakdown breakdown, ScheduleReport report) {
        Objects.requireNonNull(breakdown, "breakdown must not be null");
        Objects.requireNonNull(report, "report must not be null");
        return new SchedulePapers(twips(paper.width()), twips(paper.height()), title(screenplay), breakdown, report);
    }

    private String title(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        return title.or(() -> screenplay.titlePage().title().map(t -> t.replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty())).orElse("Untitled");
    }

    /** Inches in twentieths of a point, as Word measures a page. */
    private static int twips(double inches) {
        return (int) Math.round(inches * 1440);
    }

    /** Builds {@link DocxSchedulePapers}. */
    public static final class Builder {
        private Paper paper = Paper.LETTER;
        private Optional<String> title = Optional.empty();

        private Builder() {
        }

        /** The paper. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper must not be null");
            return this;
        }

        /** The title printed at the top, instead of the screenplay's. */
        public Builder title(String title) {
            this.title = Optional.of(Objects.requireNonNull(title, "title must not be null"));
            return this;
        }

        /** The papers. */
        public DocxSchedulePapers build() {
            return new DocxSchedulePapers(this);
        }
    }
}
