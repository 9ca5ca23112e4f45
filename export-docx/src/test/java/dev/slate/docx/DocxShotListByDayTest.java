package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.testing.Samples;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ShootingDay;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The shot list by shooting day, and the crew's columns (camera, priority, status, cast numbers, page). */
class DocxShotListByDayTest {

    /** The example, scene 1 split over two days; scene 3 (no shots) never scheduled. */
    static Screenplay scheduled() {
        return ScheduleNotes.append(Samples.loveLights(), List.of(
                new ShootingDay(1, Optional.of(LocalDate.of(2027, 3, 1)), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(new DayEntry.SceneWork("1", List.of(), List.of("A"),
                                OptionalInt.empty()), DayEntry.SceneWork.whole("2"))),
                ShootingDay.of(2, List.of(new DayEntry.SceneWork("1", List.of(), List.of("B", "C"),
                        OptionalInt.empty())))));
    }

    private static final ShotListOptions BY_DAY = ShotListOptions.builder().order(ShotListOrder.DAY).build();

    @Test
    void eachDayHasItsHeadingItsScenesAndItsTotals() throws IOException {
        try (Docx docx = new Docx(DocxShotListRenderer.builder().options(BY_DAY).build().render(scheduled()))) {
            List<XWPFParagraph> days = docx.doc.getParagraphs().stream()
                    .filter(p -> "ShotListDay".equals(p.getStyle())).toList();
            assertThat(days).extracting(XWPFParagraph::getText).satisfiesExactly(
                    d -> assertThat(d).startsWith("Day 1 of 2 \u2014 2027-03-01  \u00b7  call 07:00  \u00b7  "
                            + "SCHOOL ROOFTOP, ALLEY BEHIND THE OLD BRICK SCHOOL  \u00b7  "),
                    d -> assertThat(d).startsWith("Day 2 of 2 \u2014 call 07:00  \u00b7  SCHOOL ROOFTOP"),
                    d -> assertThat(d).isEqualTo("Not scheduled"));
            assertThat(days.get(0).isPageBreak()).isFalse();
            assertThat(days.get(1).isPageBreak()).isTrue();
            List<String> firstCells = docx.rows().stream().map(r -> r.get(0)).toList();
            assertThat(firstCells).filteredOn(c -> c.contains("Scene ") && c.contains("   ")).extracting(c -> c.split("   ")[0])
                    .containsExactly("Day 1  \u00b7  Scene 1", "Day 1  \u00b7  Scene 2", "Day 2  \u00b7  Scene 1 (cont'd)",
                            "Not scheduled  \u00b7  Scene 3");
            // setup A (20 min) is lit on day 1; the 8 shots and 110 minutes of the list add up over the days.
            assertThat(firstCells).contains(
                    "Day 1: 6 shots  \u00b7  setup 20 min  \u00b7  shooting 75 min  \u00b7  total 95 min",
                    "Day 2: 2 shots  \u00b7  setup 0 min  \u00b7  shooting 15 min  \u00b7  total 15 min",
                    "Total: 8 shots  \u00b7  setup 20 min  \u00b7  shooting 90 min  \u00b7  total 110 min");
            assertThat(docx.shotRows()).extracting(r -> r.get(1))
                    .containsExactly("1", "1B", "2", "2B", "2A", "2C", "1A", "1C");
            assertThat(docx.titleBlock().get(1)).contains("by shooting day");
        }
    }

    @Test
    void aDayWithoutAScriptSceneStillPrintsItsHeadingAndTotals() throws IOException {
        Screenplay play = ScheduleNotes.append(Samples.loveLights(), List.of(
                ShootingDay.of(1, List.of(new DayEntry.MealBreak(60), DayEntry.SceneWork.whole("99"))),
                ShootingDay.of(2, List.of(DayEntry.SceneWork.whole("1")))));
        try (Docx docx = new Docx(DocxShotListRenderer.builder().options(BY_DAY).build().render(play))) {
            List<String> firstCells = docx.rows().stream().map(r -> r.get(0)).toList();
            assertThat(firstCells).contains("No scene of the script this day.",
                    "Day 1: 0 shots  \u00b7  setup 0 min  \u00b7  shooting 0 min  \u00b7  total 0 min");
        }
    }

    @Test
    void theListByDayIsTheSameBytesEveryTime() {
        ShotListOptions options = BY_DAY.toBuilder()
                .columns(ShotListColumn.parseList("tick,shot,camera,priority,status,cast-numbers,page,description"))
                .build();
        DocxShotListRenderer docx = DocxShotListRenderer.builder().options(options).build();
        XlsxShotListRenderer xlsx = XlsxShotListRenderer.builder().options(options).build();
        assertThat(docx.render(scheduled())).isEqualTo(docx.render(scheduled()));
        assertThat(xlsx.render(scheduled())).isEqualTo(xlsx.render(scheduled()));
    }

    @Test
    void theCrewsColumnsPrintCameraPriorityStatusCastNumbersAndPage() throws IOException {
        Screenplay play = Screenplay.builder().title("Two cameras")
                .scene("INT. KITCHEN - NIGHT", s -> s.number("7").dialogue("DANA", "Now.").dialogue("WILL", "No.")
                        .shot("7", b -> b.size("WS").subjects("DANA", "WILL").camera("A").priority("must")
                                .status("shot"))
                        .shot("7A", b -> b.size("CU").subjects("WILL").camera("B").priority("nice").status("cut")))
                .build();
        ShotListOptions options = ShotListOptions.builder()
                .columns(ShotListColumn.parseList("tick,shot,camera,priority,status,cast-numbers,page")).build();
        try (Docx docx = new Docx(DocxShotListRenderer.builder().options(options).build().render(play))) {
            List<List<String>> rows = docx.rows();
            assertThat(rows.get(0)).containsExactly("\u2713", "Shot", "Cam", "Priority", "Status", "Cast #", "Page");
            assertThat(rows.get(2)).containsExactly("\u2611", "7", "A", "must", "shot", "1, 2", "1");
            assertThat(rows.get(3)).containsExactly("\u2612", "7A", "B", "nice", "cut", "2", "1");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                XlsxShotListRenderer.builder().options(options).build().render(play)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).endsWith("Shot", "Cam", "Priority", "Status", "Cast #", "Page");
            assertThat(sheet.getRow(2).getCell(header.indexOf("Cast #")).getStringCellValue()).isEqualTo("2");
            assertThat(sheet.getRow(2).getCell(header.indexOf("Page")).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(header.indexOf("Status")).getStringCellValue()).isEqualTo("shot");
        }
    }

    @Test
    void theWorkbookByDayNamesEachShotsDayAndSumsEachDayOnItsOwnSheet() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                XlsxShotListRenderer.builder().options(BY_DAY).build().render(scheduled())))) {
            XSSFSheet shots = book.getSheet("Shot list");
            assertThat(shots.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Day");
            assertThat(shots.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Scene");
            assertThat(shots.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(shots.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2027-03-01");
            assertThat(shots.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(shots.getRow(9).getCell(0)).isNull(); // scene 3, not scheduled
            XSSFSheet days = book.getSheet("Days");
            assertThat(days.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(95);
            assertThat(days.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(15);
            assertThat(days.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Not scheduled");
            assertThat(days.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(0);
        }
    }
}
