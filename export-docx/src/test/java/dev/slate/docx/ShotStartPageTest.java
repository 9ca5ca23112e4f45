package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The script page column gives the page each shot starts on, in every format. */
class ShotStartPageTest {

    /**
     * One scene over two script pages: 1A covers it from its first line, 1B only its last line (on
     * page 2), 1C covers nothing (it falls back to the scene's first page).
     */
    private static final Screenplay PLAY = FountainReader.create().read(twoPageScene()).screenplay();

    private static final ShotListOptions OPTIONS = ShotListOptions.builder()
            .columns(ShotListColumn.parseList("tick,shot,page")).build();

    private static String twoPageScene() {
        StringBuilder text = new StringBuilder("INT. LONG HALL - NIGHT #1#\n\n[[SHOT 1A: WS | the hall]]\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("She walks past door ").append(i).append(".\n\n");
        }
        return text.append("[[END SHOT 1A]]\n\n[[SHOT 1B: CU | the last door]]\n\nThe last door opens.\n\n")
                .append("[[END SHOT 1B]]\n\n[[SHOT 1C: insert | a key]]\n").toString();
    }

    @Test
    void theSceneRunsOverTwoPages() {
        assertThat(ShotListOptions.DEFAULTS.pageEighths().measure(PLAY).eighths().get(0)).isGreaterThan(8);
    }

    @Test
    void theCsvGivesThePageWhereEachShotStarts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvShotListWriter.builder().options(OPTIONS).byteOrderMark(false).build().write(PLAY, out);
        List<String> pages = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\r\n")) {
            String[] fields = line.split(",");
            pages.add(fields[fields.length - 2] + ":" + fields[fields.length - 1]);
        }
        assertThat(pages).containsExactly("Shot:Page", "1A:1", "1B:2", "1C:1");
    }

    @Test
    void theDocxGivesThePageWhereEachShotStarts() {
        try (Docx docx = new Docx(DocxShotListRenderer.builder().options(OPTIONS).build().render(PLAY))) {
            assertThat(docx.shotRows()).extracting(r -> r.get(1) + ":" + r.get(2))
                    .containsExactly("1A:1", "1B:2", "1C:1");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theXlsxGivesThePageWhereEachShotStartsAsANumber() throws IOException {
        byte[] bytes = XlsxShotListRenderer.builder().options(OPTIONS).build().render(PLAY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int last = header.getLastCellNum() - 1;
            assertThat(header.getCell(last).getStringCellValue()).isEqualTo("Page");
            List<String> pages = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(last).getCellType()).isEqualTo(CellType.NUMERIC);
                pages.add(row.getCell(last - 1).getStringCellValue() + ":" + (int) row.getCell(last).getNumericCellValue());
            }
            assertThat(pages).containsExactly("1A:1", "1B:2", "1C:1");
        }
    }
}
