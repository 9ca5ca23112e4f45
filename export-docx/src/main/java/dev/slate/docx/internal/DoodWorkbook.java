package dev.slate.docx.internal;

import dev.slate.core.schedule.DayOutOfDays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/** The day out of days as a spreadsheet: the same table as the CSV, with a bold header row and frozen names. */
public final class DoodWorkbook {

    private DoodWorkbook() {
    }

    /** The XLSX bytes; the same table gives the same bytes. */
    public static byte[] of(DayOutOfDays dood, String title) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var core = book.getProperties().getCoreProperties();
            Date date = Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setTitle(Texts.clean(title + " day out of days"));
            core.setCreator("Slate");
            XSSFSheet sheet = book.createSheet("Day out of days");
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            XSSFCellStyle header = book.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            int c = 0;
            head.createCell(c++).setCellValue("No.");
            head.createCell(c++).setCellValue("Character");
            for (int day : dood.days()) {
                head.createCell(c++).setCellValue("Day " + day);
            }
            head.createCell(c++).setCellValue("Work");
            head.createCell(c++).setCellValue("Hold");
            head.createCell(c).setCellValue("Total");
            head.forEach(cell -> cell.setCellStyle(header));
            int r = 1;
            for (DayOutOfDays.Row row : dood.rows()) {
                Row line = sheet.createRow(r++);
                int col = 0;
                line.createCell(col++).setCellValue(row.number());
                line.createCell(col++).setCellValue(Texts.clean(row.character()));
                for (String code : row.codes()) {
                    line.createCell(col++).setCellValue(code);
                }
                line.createCell(col++).setCellValue(row.workDays());
                line.createCell(col++).setCellValue(row.holdDays());
                line.createCell(col).setCellValue(row.totalDays());
            }
            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(1, 24 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return ReproducibleZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the day out of days workbook: " + e.getMessage(), e);
        }
    }
}
