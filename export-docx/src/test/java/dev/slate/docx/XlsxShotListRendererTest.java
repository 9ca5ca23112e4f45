package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxShotListRendererTest {

    private static final Screenplay PLAY = Screenplay.builder().title("Rooftop")
            .scene(Scene.builder("EXT. ROOF - DAY").number("1")
                    .shot("1", s -> s.size("WS").setup("A").setupMinutes(20).shootingMinutes(10).frameRate(48)
                            .description("=HYPERLINK(\"http://evil\",\"click\")"))
                    .shot("1.10", s -> s.size("CU").setup("A").shootingMinutes(5).description("林晓 looks away"))
                    .shot("3-4", s -> s.description("+1 then -2").note("@SUM(A1)")).build())
            .scene(Scene.builder("INT. HALL - NIGHT").number("2").action("Empty.").build())
            .build();

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneSheetWithAFrozenFilteredHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook book = read(XlsxShotListRenderer.builder().build().render(PLAY))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("Scene", "Heading", "INT/EXT", "Time of day", "Eighths", "Pages", "Shot",
                    "Size").doesNotContain("\u2713");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S5");
            int shot = header.indexOf("Shot");
            int minutes = header.indexOf("Min.");
            int setup = header.indexOf("Setup min.");
            // shot numbers stay text: 1.10 is not 1.1, 3-4 is not a date
            assertThat(sheet.getRow(2).getCell(shot).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(shot).getStringCellValue()).isEqualTo("1.10");
            assertThat(sheet.getRow(3).getCell(shot).getStringCellValue()).isEqualTo("3-4");
            assertThat(sheet.getRow(1).getCell(minutes).getNumericCellValue()).isEqualTo(10);
            assertThat(sheet.getRow(1).getCell(setup).getNumericCellValue()).isEqualTo(20);
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("1/8");
            assertThat(sheet.getRow(2).getCell(header.indexOf("Description")).getStringCellValue())
                    .isEqualTo("林晓 looks away");
            // a scene without shots is a row of its own
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("INT. HALL - NIGHT");
            assertThat(sheet.getRow(4).getCell(shot)).isNull();
            assertThat(sheet.getColumnWidth(header.indexOf("Description")))
                    .isGreaterThan(sheet.getColumnWidth(shot));
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsATextCellMarkedAsTextNeverAFormula() throws IOException {
        try (XSSFWorkbook book = read(XlsxShotListRenderer.builder().build().render(PLAY))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int description = ShotListColumn.defaults().indexOf(ShotListColumn.DESCRIPTION) - 1 + 6;
            Cell evil = sheet.getRow(1).getCell(description);
            assertThat(evil.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(evil.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(description).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(description).getCellStyle().getQuotePrefixed()).isFalse();
            for (var row : sheet) {
                row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void theColumnsAndOrderAreTheOptionsOfEveryFormat() throws IOException {
        ShotListOptions options = ShotListOptions.builder()
                .columns(ShotListColumn.parseList("tick,description,shot")).build();
        try (XSSFWorkbook book = read(XlsxShotListRenderer.builder().options(options).build().render(PLAY))) {
            List<String> header = new java.util.ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header.subList(6, header.size())).containsExactly("Description", "Shot");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        XlsxShotListRenderer renderer = XlsxShotListRenderer.builder().build();
        assertThat(renderer.render(PLAY)).isEqualTo(renderer.render(PLAY));
    }
}
