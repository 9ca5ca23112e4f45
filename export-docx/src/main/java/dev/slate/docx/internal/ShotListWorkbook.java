package dev.slate.docx.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.report.Csv;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rendering of a shot list as a workbook, streamed row by row (POI's SXSSF) so that memory
 * stays flat however long the list. Not shared between calls.
 */
public final class ShotListWorkbook {

    private static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    /** Scene fields: number, heading, INT/EXT, time of day, eighths (a number), pages. */
    private static final int EIGHTHS = 4;
    private static final int MAX_WIDTH_CHARS = 60;

    private final ShotListOptions options;
    private final Screenplay screenplay;
    private final ShotList list;
    private final Optional<LocalDate> documentDate;
    private final List<ShotListColumn> columns;

    public ShotListWorkbook(ShotListOptions options, Screenplay screenplay, ShotList list,
                            Optional<LocalDate> documentDate) {
        this.options = options;
        this.screenplay = screenplay;
        this.list = list;
        this.documentDate = documentDate;
        this.columns = options.columns().stream().filter(c -> c != ShotListColumn.TICK).toList();
    }

    public byte[] toBytes() {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        // Zip64 data descriptors are what java.util.zip cannot read back when the entries are restamped.
        book.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
        try {
            properties(book.getXSSFWorkbook().getProperties());
            Styles styles = new Styles(book);
            SXSSFSheet sheet = book.createSheet("Shot list");
            boolean byDay = list.order() == ShotListOrder.DAY;
            int first = byDay ? CsvShotListWriter.DAY_HEADERS.size() : 0;
            List<String> headers = new ArrayList<>(byDay ? CsvShotListWriter.DAY_HEADERS : List.of());
            headers.addAll(CsvShotListWriter.SCENE_HEADERS);
            columns.forEach(c -> headers.add(c.header()));
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                text(header.createCell(c), headers.get(c), styles.header, styles);
                widths[c] = headers.get(c).length() + 3; // room for the filter button
            }
            int r = 1;
            for (ShotList.Day day : byDay ? list.days() : List.of(new ShotList.Day(Optional.empty(), 0,
                    list.sections(), list.totals()))) {
                for (ShotList.SceneSection section : day.sections()) {
                    if (section.shots().isEmpty()) {
                        Row row = sheet.createRow(r++);
                        dayCells(row, day, byDay, styles, widths);
                        sceneCells(row, first, section, styles, widths);
                    }
                    for (Shot shot : section.shots()) {
                        Row row = sheet.createRow(r++);
                        dayCells(row, day, byDay, styles, widths);
                        sceneCells(row, first, section, styles, widths);
                        for (int c = 0; c < columns.size(); c++) {
                            ShotListColumn column = columns.get(c);
                            int at = first + CsvShotListWriter.SCENE_HEADERS.size() + c;
                            if (!number(row, at, column, list.startPage(section, shot), shot, styles)) {
                                String value = list.cell(section, shot, column, columns);
                                text(row.createCell(at), value, styles.text, styles);
                                widths[at] = Math.max(widths[at], longestLine(value));
                            }
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, Math.max(6, widths[c] + 1)) * 256);
            }
            if (byDay) {
                DaysSheet.write(book.createSheet("Days"), list, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            book.write(out);
            return ReproducibleZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the shot list workbook: " + e.getMessage(), e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // Everything is written; closing frees memory only.
            }
        }
    }

    private void properties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date date = Date.from(documentDate.orElse(FIXED_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(options.title(screenplay) + " shot list");
        core.setCreator("Slate");
        properties.getExtendedProperties().setApplication("Slate");
    }

    /** The day's number (a number cell) and date, in a list by day; nothing for what no day schedules. */
    private static void dayCells(Row row, ShotList.Day day, boolean byDay, Styles styles, int[] widths) {
        if (!byDay || day.report().isEmpty()) {
            return;
        }
        Cell number = row.createCell(0);
        number.setCellValue(day.report().get().day().number());
        number.setCellStyle(styles.number);
        String date = day.report().get().day().date().map(Object::toString).orElse("");
        text(row.createCell(1), date, styles.text, styles);
        widths[1] = Math.max(widths[1], date.length());
    }

    private static void sceneCells(Row row, int first, ShotList.SceneSection section, Styles styles, int[] widths) {
        String[] texts = {section.number(), section.heading().text(), section.interiorExterior(), section.timeOfDay()};
        for (int c = 0; c < texts.length; c++) {
            text(row.createCell(first + c), texts[c], styles.text, styles);
            widths[first + c] = Math.max(widths[first + c], longestLine(texts[c]));
        }
        if (section.pageEighths().isPresent()) {
            Cell eighths = row.createCell(first + EIGHTHS);
            eighths.setCellValue(section.pageEighths().getAsInt());
            eighths.setCellStyle(styles.number);
        }
        text(row.createCell(first + EIGHTHS + 1), section.pages(), styles.text, styles);
        widths[first + EIGHTHS + 1] = Math.max(widths[first + EIGHTHS + 1], section.pages().length());
    }

    /**
     * Minutes, frame rates and script pages as numbers, so that a spreadsheet sums and sorts them;
     * false for other columns.
     */
    private static boolean number(Row row, int at, ShotListColumn column, OptionalInt page, Shot shot,
                                  Styles styles) {
        Optional<? extends Number> value = switch (column) {
            case MINUTES -> shot.shootingMinutes();
            case SETUP_MINUTES -> shot.setupMinutes();
            case FRAME_RATE -> shot.frameRate();
            case PAGE -> page.isPresent() ? Optional.of(page.getAsInt()) : Optional.empty();
            default -> null;
        };
        if (value == null) {
            return false;
        }
        if (value.isPresent()) {
            Cell cell = row.createCell(at);
            cell.setCellValue(value.get().doubleValue());
            cell.setCellStyle(styles.number);
        }
        return true;
    }

    /** A text cell; text a spreadsheet would read as a formula is marked as text (quote prefix). */
    static void text(Cell cell, String value, CellStyle style, Styles styles) {
        if (value.isEmpty()) {
            return;
        }
        cell.setCellValue(Texts.clean(value));
        cell.setCellStyle(Csv.looksLikeFormula(value) ? styles.quoted : style);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    /** The few cell styles of the sheet, made once: a workbook holds a limited number. */
    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle number;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = book.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
            quoted = book.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            number = book.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
