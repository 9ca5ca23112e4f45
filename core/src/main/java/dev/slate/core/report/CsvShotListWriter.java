package dev.slate.core.report;

import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.internal.Checks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a shot list as CSV for spreadsheets and scheduling tools, as {@link Csv} writes CSV
 * (RFC 4180, formulas neutralised), UTF-8 with a byte order mark by default so that Excel and Calc
 * read it as UTF-8. A header row, then one record per shot; a scene without shots is one record
 * with its scene fields only. Each record starts with its scene: number, heading, INT/EXT, time of
 * day, length in eighths (a number) and in pages ({@code 1 4/8}), empty when unknown; then the
 * chosen columns but the tick box, which only paper needs; by day, the day's number and date come
 * first. Totals are left to the spreadsheet.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvShotListWriter.builder().options(options).build().write(screenplay, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvShotListWriter {

    /** The scene fields that start every record. */
    public static final List<String> SCENE_HEADERS = List.of("Scene", "Heading", "INT/EXT", "Time of day", "Eighths",
            "Pages");
    /** The day fields in front of them in a list by day. */
    public static final List<String> DAY_HEADERS = List.of("Day", "Date");

    private final ShotListOptions options;
    private final List<ShotListColumn> columns;
    private final boolean byteOrderMark;

    private CsvShotListWriter(Builder b) {
        this.options = b.options;
        this.columns = b.options.columns().stream().filter(c -> c != ShotListColumn.TICK).toList();
        this.byteOrderMark = b.byteOrderMark;
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The CSV of a screenplay's shot list, in memory: the bytes {@link #write(Screenplay, OutputStream)}
     * writes (UTF-8, with the byte order mark unless it was turned off). A list by day
     * ({@link ShotListOrder#DAY}) starts each record with the shooting day's number and date (empty
     * for what no day schedules), in schedule order.
     */
    public byte[] write(Screenplay screenplay) {
        String text = text(options.list(Checks.notNull(screenplay, "screenplay")));
        return ((byteOrderMark ? Csv.BYTE_ORDER_MARK : "") + text).getBytes(StandardCharsets.UTF_8);
    }

    private String text(ShotList list) {
        Checks.notNull(list, "list");
        StringBuilder out = new StringBuilder(256 + 128 * list.totals().shots());
        boolean byDay = list.order() == ShotListOrder.DAY;
        List<String> header = new ArrayList<>(byDay ? DAY_HEADERS : List.of());
        header.addAll(SCENE_HEADERS);
        columns.forEach(c -> header.add(c.header()));
        Csv.record(out, header);
        if (byDay) {
            for (ShotList.Day day : list.days()) {
                List<String> fields = day.report().map(d -> List.of(Integer.toString(d.day().number()),
                        d.day().date().map(Object::toString).orElse(""))).orElse(List.of("", ""));
                day.sections().forEach(section -> records(out, list, section, fields));
            }
        } else {
            list.sections().forEach(section -> records(out, list, section, List.of()));
        }
        return out.toString();
    }

    private void records(StringBuilder out, ShotList list, ShotList.SceneSection section, List<String> first) {
        List<String> scene = new ArrayList<>(first);
        scene.addAll(List.of(section.number(), section.heading().text(), section.interiorExterior(),
                section.timeOfDay(), section.pageEighths().isPresent()
                        ? Integer.toString(section.pageEighths().getAsInt()) : "", section.pages()));
        if (section.shots().isEmpty()) {
            List<String> fields = new ArrayList<>(scene);
            columns.forEach(c -> fields.add(""));
            Csv.record(out, fields);
        }
        for (Shot shot : section.shots()) {
            List<String> fields = new ArrayList<>(scene);
            columns.forEach(c -> fields.add(list.cell(section, shot, c, columns)));
            Csv.record(out, fields);
        }
    }

    /**
     * Writes the CSV to a stream in one piece once it is complete, with the byte order mark unless
     * it was turned off. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Screenplay screenplay, OutputStream out) {
        Checks.notNull(out, "out");
        byte[] csv = write(screenplay);
        try {
            out.write(csv);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shot list CSV: " + e.getMessage(), e);
        }
    }

    /** Options of the CSV writer; each has a default. */
    public static final class Builder {
        private ShotListOptions options = ShotListOptions.DEFAULTS;
        private boolean byteOrderMark = true;

        private Builder() {
        }

        /** Columns, order and scene lengths; the title block is not written to CSV. */
        public Builder options(ShotListOptions options) {
            this.options = Checks.notNull(options, "options");
            return this;
        }

        /** The columns after the scene fields, in order (a tick column is left out). */
        public Builder columns(List<ShotListColumn> columns) {
            this.options = options.toBuilder().columns(columns).build();
            return this;
        }

        /** Script order (default) or shooting order. */
        public Builder order(ShotListOrder order) {
            this.options = options.toBuilder().order(order).build();
            return this;
        }

        /** Scene lengths for the Eighths and Pages fields; default {@link ShotList.PageEighths#LETTER}. */
        public Builder pageEighths(ShotList.PageEighths pageEighths) {
            this.options = options.toBuilder().pageEighths(pageEighths).build();
            return this;
        }

        /**
         * Starts the file with a UTF-8 byte order mark, which Excel and Calc need to read UTF-8;
         * default on.
         */
        public Builder byteOrderMark(boolean byteOrderMark) {
            this.byteOrderMark = byteOrderMark;
            return this;
        }

        /** The writer, immutable; the builder may be reused. */
        public CsvShotListWriter build() {
            return new CsvShotListWriter(this);
        }
    }
}
