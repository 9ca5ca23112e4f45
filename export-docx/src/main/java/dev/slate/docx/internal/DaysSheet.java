package dev.slate.docx.internal;

import dev.slate.core.layout.SceneLength;
import dev.slate.core.report.ShotList;
import dev.slate.core.schedule.ScheduleReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.List;

/**
 * The "Days" sheet of a shot list by day: one row a shooting day with its totals, as the DOCX prints
 * them under each day, so that a spreadsheet need not add them up from the shots.
 */
final class DaysSheet {

    private static final List<String> HEADERS = List.of("Day", "Date", "Unit", "Call", "Locations", "Eighths",
            "Pages", "Shots", "Setup min.", "Shooting min.", "Total min.", "Wrap");

    private DaysSheet() {
    }

    static void write(SXSSFSheet sheet, ShotList list, ShotListWorkbook.Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            ShotListWorkbook.text(header.createCell(c), HEADERS.get(c), styles.header, styles);
        }
        int r = 1;
        for (ShotList.Day day : list.days()) {
            Row row = sheet.createRow(r++);
            if (day.report().isPresent()) {
                ScheduleReport.Day report = day.report().get();
                number(row, 0, report.day().number(), styles);
                ShotListWorkbook.text(row.createCell(1), report.day().date().map(Object::toString).orElse(""),
                        styles.text, styles);
                ShotListWorkbook.text(row.createCell(2), report.day().unit().orElse(""), styles.text, styles);
                ShotListWorkbook.text(row.createCell(3), report.day().callOrDefault().toString(), styles.text, styles);
                ShotListWorkbook.text(row.createCell(4), String.join(", ", report.locations()), styles.text, styles);
                number(row, 5, report.eighths(), styles);
                ShotListWorkbook.text(row.createCell(6), SceneLength.format(report.eighths()), styles.text, styles);
                ShotListWorkbook.text(row.createCell(11), report.wrap().toString(), styles.text, styles);
            } else {
                ShotListWorkbook.text(row.createCell(1), day.name(), styles.text, styles);
            }
            number(row, 7, day.totals().shots(), styles);
            number(row, 8, day.totals().setupMinutes(), styles);
            number(row, 9, day.totals().shootingMinutes(), styles);
            number(row, 10, day.totals().totalMinutes(), styles);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.setColumnWidth(c, (c == 4 ? 40 : HEADERS.get(c).length() + 4) * 256);
        }
    }

    private static void number(Row row, int column, int value, ShotListWorkbook.Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number);
    }
}
