package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListOptions;
import dev.slate.docx.internal.Streams;
import dev.slate.docx.internal.ShotListWorkbook;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a shot list as an Excel workbook (XLSX) for crews who sort and filter: one sheet, a
 * frozen bold header row with an autofilter, column widths that fit the text, and typed cells:
 * eighths, setup and shooting minutes and frame rates are numbers; shot numbers, headings and every
 * other field are text cells, so that a shot {@code 1.10} or {@code 3-4} never turns into a number or a
 * date, and a text that looks like a formula ({@code =HYPERLINK(...)}) is marked as text and never runs.
 * The columns are those of the {@link ShotListOptions} but the tick box; each row starts with its
 * scene (number, heading, INT/EXT, time of day, eighths, pages); a scene without shots is a row of
 * its own. Same input, same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * XlsxShotListRenderer.builder().options(options).build().render(screenplay, out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XlsxShotListRenderer {

    private final ShotListOptions options;
    private final Optional<LocalDate> documentDate;

    private XlsxShotListRenderer(Builder b) {
        this.options = b.options;
        this.documentDate = Optional.ofNullable(b.documentDate);
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The workbook's bytes. */
    public byte[] render(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        ShotList list = options.list(screenplay);
        return new ShotListWorkbook(options, screenplay, list, documentDate).toBytes();
    }

    /**
     * Writes the workbook to a stream in one piece once it is complete. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void render(Screenplay screenplay, OutputStream out) {
        Streams.write(render(screenplay), Streams.notNull(out), "the shot list workbook");
    }

    /** Options of the renderer; each has a default. */
    public static final class Builder {
        private ShotListOptions options = ShotListOptions.DEFAULTS;
        private LocalDate documentDate;

        private Builder() {
        }

        /** Columns, order, scene lengths and title (the sheet's document title). */
        public Builder options(ShotListOptions options) {
            this.options = Objects.requireNonNull(options, "options must not be null");
            return this;
        }

        /** The date stored in the workbook; default a fixed date, so that output never changes. */
        public Builder documentDate(LocalDate date) {
            this.documentDate = date;
            return this;
        }

        /** The renderer, immutable; the builder may be reused. */
        public XlsxShotListRenderer build() {
            return new XlsxShotListRenderer(this);
        }
    }
}
