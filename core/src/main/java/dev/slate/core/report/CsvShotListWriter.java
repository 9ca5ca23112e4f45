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
 * Writes a shot list as CSV for spreadsheets and scheduling tools: RFC 4180 (fields quoted when
 * they hold a comma, a quote or a line break; CRLF between records), UTF-8, a header row, then one
 * record per shot. Each record starts with its scene: number, heading, INT/EXT, time of day and
 * length in pages (empty when unknown), followed by the chosen columns. Totals are left to the
 * spreadsheet. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvShotListWriter.builder().order(ShotListOrder.SETUP).build().write(screenplay, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvShotListWriter {

    /** The scene fields that start every record. */
    public static final List<String> SCENE_HEADERS = List.of("Scene", "Heading", "INT/EXT", "Time of day", "Pages");

    private final List<ShotListColumn> columns;
    private final ShotListOrder order;
    private final ShotList.PageEighths pageEighths;
    private final boolean byteOrderMark;

    private CsvShotListWriter(Builder b) {
        this.columns = b.columns;
        this.order = b.order;
        this.pageEighths = b.pageEighths;
        this.byteOrderMark = b.byteOrderMark;
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The CSV text of a screenplay's shot list. */
    public String toCsv(Screenplay screenplay) {
        return toCsv(ShotList.of(Checks.notNull(screenplay, "screenplay"), order, pageEighths.of(screenplay)));
    }

    /** The CSV text of a shot list already built. */
    public String toCsv(ShotList list) {
        Checks.notNull(list, "list");
        StringBuilder out = new StringBuilder(256 + 128 * list.totals().shots());
        List<String> header = new ArrayList<>(SCENE_HEADERS);
        columns.forEach(c -> header.add(c.header()));
        record(out, header);
        for (ShotList.Section section : list.sections()) {
            for (Shot shot : section.shots()) {
                List<String> fields = new ArrayList<>(SCENE_HEADERS.size() + columns.size());
                fields.add(section.number());
                fields.add(section.heading().text());
                fields.add(section.interiorExterior());
                fields.add(section.timeOfDay());
                fields.add(section.pages());
                columns.forEach(c -> fields.add(c.cell(shot)));
                record(out, fields);
            }
        }
        return out.toString();
    }

    /**
     * Writes the CSV to a stream in one piece once it is complete. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Screenplay screenplay, OutputStream out) {
        Checks.notNull(out, "out");
        byte[] bytes = toCsv(screenplay).getBytes(StandardCharsets.UTF_8);
        try {
            if (byteOrderMark) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shot list CSV: " + e.getMessage(), e);
        }
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields.get(i));
        }
        out.append("\r\n");
    }

    private static void field(StringBuilder out, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** Options of the CSV writer; each has a default. */
    public static final class Builder {
        private List<ShotListColumn> columns = ShotListColumn.defaults();
        private ShotListOrder order = ShotListOrder.SCRIPT;
        private ShotList.PageEighths pageEighths = ShotList.PageEighths.LETTER;
        private boolean byteOrderMark;

        private Builder() {
        }

        /** The columns after the scene fields, in order; default {@link ShotListColumn#defaults()}. */
        public Builder columns(List<ShotListColumn> columns) {
            this.columns = ShotListColumn.checkedList(columns);
            return this;
        }

        /** Script order (default) or shooting order. */
        public Builder order(ShotListOrder order) {
            this.order = Checks.notNull(order, "order");
            return this;
        }

        /** Scene lengths for the Pages field; default {@link ShotList.PageEighths#LETTER}. */
        public Builder pageEighths(ShotList.PageEighths pageEighths) {
            this.pageEighths = Checks.notNull(pageEighths, "pageEighths");
            return this;
        }

        /** Starts the file with a UTF-8 byte order mark, which Excel needs to read UTF-8; default off. */
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
