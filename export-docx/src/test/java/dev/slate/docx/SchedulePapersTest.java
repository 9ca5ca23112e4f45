package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayOutOfDays;
import dev.slate.core.schedule.Schedule;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.schedule.Scheduler;
import dev.slate.core.testing.SharedFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulePapersTest {

    private static final DocxSchedulePapers PAPERS = DocxSchedulePapers.builder().build();

    @TempDir
    Path dir;

    private record Planned(Screenplay play, Breakdown breakdown, ScheduleReport report) {
    }

    private static Planned example() throws IOException {
        Screenplay play = FountainReader.create().read(Files.readString(
                Path.of("..", "examples", "src", "main", "resources", "love-lights-my-way-back-home.fountain"),
                StandardCharsets.UTF_8)).screenplay();
        Breakdown breakdown = Breakdown.of(play);
        return new Planned(play, breakdown, ScheduleReport.of(breakdown, ScheduleNotes.read(play).schedule(),
                ScheduleRates.DEFAULT));
    }

    /** Big Fish with a proposed schedule: many days, papers of several pages. */
    private static Planned bigFish() throws IOException {
        Path file = SharedFolder.resolve("corpus/fountain/big-fish.fountain");
        Screenplay play = FountainReader.create().read(Files.readString(file, StandardCharsets.UTF_8)).screenplay();
        Breakdown breakdown = Breakdown.of(play);
        return new Planned(play, breakdown, Scheduler.builder().build().propose(breakdown, Schedule.EMPTY).report());
    }

    interface Paper {
        void write(Planned p, ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] render(Planned p, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        paper.write(p, out);
        return out.toByteArray();
    }

    private static final Paper ONE_LINER = (p, o) -> PAPERS.oneLiner(p.play(), p.breakdown(), p.report(), o);
    private static final Paper STRIPBOARD = (p, o) -> PAPERS.stripboard(p.play(), p.breakdown(), p.report(), o);
    private static final Paper DOOD = (p, o) -> PAPERS.dayOutOfDays(p.play(), p.breakdown(), p.report(), o);
    private static final Paper CALL_SHEET = (p, o) -> PAPERS.callSheet(p.play(), p.breakdown(), p.report(), 1, o);

    @Test
    void theOneLinerEndsEachDayWithItsPagesAndTheyAddUp() throws IOException {
        Planned p = example();
        try (Docx docx = new Docx(render(p, ONE_LINER))) {
            List<String> spans = docx.rows().stream().filter(r -> r.size() == 1).map(r -> r.get(0)).toList();
            assertThat(spans).contains("Day 1 of 2 \u2014 Mon 2027-03-01 \u2014 call 12:00",
                    "End of Day 1 \u2014 2 1/8 pages   \u00b7   2 scenes   \u00b7   3h12   \u00b7   wrap 15:12",
                    "13:03  Meal break, 45 min");
            assertThat(spans).anyMatch(s -> s.startsWith("End of Day 2 \u2014 0 pages"));
            assertThat(docx.rows()).contains(List.of("1", "EXT. SCHOOL ROOFTOP - LATE AFTERNOON", "D", "1", "1, 2, 3, 4",
                    "Rain has stained the concrete in long grey tongues. The city behind the rail is going gold."));
            assertThat(docx.titleBlock()).contains("One-liner   \u00b7   2 shooting days, 2 1/8 pages, 1 company move");
        }
    }

    @Test
    void theStripboardColoursEachStripAndBreaksEachDayInBlack() throws IOException {
        Planned p = example();
        try (Docx docx = new Docx(render(p, STRIPBOARD))) {
            List<String> fills = new ArrayList<>();
            docx.tables().get(0).getRows().forEach(r -> {
                XWPFTableCell first = r.getTableCells().get(0);
                fills.add(first.getColor() + " " + first.getText());
            });
            // header, rooftop (EXT day: yellow), meal, move, alley part, day break, alley part, day break
            assertThat(fills).containsExactly("D9D9D9 Day", "FFF2A8 1", "EEEEEE 13:03  Meal break, 45 min",
                    "EEEEEE 13:48  Company move to ALLEY BEHIND THE OLD BRICK SCHOOL, 30 min", "FFF2A8 1",
                    "000000 END OF DAY 1 \u2014 Mon 2027-03-01 \u2014 2 1/8 pages \u2014 2 scenes \u2014 3h12", "FFF2A8 2",
                    "000000 END OF DAY 2 \u2014 Tue 2027-03-02 \u2014 0 pages \u2014 1 scene \u2014 1h03");
        }
    }

    @Test
    void theDayOutOfDaysCodesAgreeWithTheCastDaysInEveryFormat() throws IOException {
        Planned p = bigFish();
        DayOutOfDays dood = DayOutOfDays.of(p.report(), p.breakdown().cast());
        assertThat(dood.rows().stream().mapToInt(DayOutOfDays.Row::workDays).sum()).isEqualTo(p.report().castDays());
        assertThat(dood.rows().stream().mapToInt(DayOutOfDays.Row::holdDays).sum()).isEqualTo(p.report().holdDays());
        assertThat(dood.rows()).allSatisfy(r -> {
            String codes = String.join(" ", r.codes()).strip();
            assertThat(codes).matches("SWF|SW( (W|H))* WF");
        });
        String csv = dood.toCsv();
        assertThat(csv.split("\r\n")).hasSize(dood.rows().size() + 1);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        PAPERS.dayOutOfDaysWorkbook(p.play(), p.breakdown(), p.report(), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(dood.rows().size());
            int total = sheet.getRow(0).getLastCellNum() - 1;
            for (int r = 1; r <= dood.rows().size(); r++) {
                assertThat((int) sheet.getRow(r).getCell(total).getNumericCellValue())
                        .isEqualTo(dood.rows().get(r - 1).totalDays());
            }
        }
        try (Docx docx = new Docx(render(p, DOOD))) {
            List<String> header = Docx.cells(docx.tables().get(docx.tables().size() - 1).getRow(0));
            assertThat(header).endsWith("Work", "Hold", "Total");
            assertThat(docx.tables()).hasSize((dood.days().size() + 15) / 16);
        }
    }

    @Test
    void theCallSheetNamesTheDayItsCastAndItsTimes() throws IOException {
        Planned p = example();
        try (Docx docx = new Docx(render(p, CALL_SHEET))) {
            assertThat(docx.titleBlock()).contains("Call sheet   \u00b7   Day 1 of 2   \u00b7   Mon 2027-03-01",
                    "Crew call 12:00   \u00b7   estimated wrap 15:12   \u00b7   2 1/8 pages   \u00b7   6 setups");
            assertThat(docx.rows()).contains(List.of("5", "MRS. SHEN", "2"), List.of("2", "JIAYI", "1"),
                    List.of("14:18", "Scene 2 (part): shots 2, 2A, 2E, 2F", "2", "54 min"));
        }
        assertThatThrownBy(() -> PAPERS.callSheet(p.play(), p.breakdown(), p.report(), 9, new ByteArrayOutputStream()))
                .hasMessage("the schedule has no day 9; it has days 1, 2");
    }

    @Test
    void theSameScheduleGivesTheSameBytes() throws IOException {
        Planned p = example();
        for (Paper paper : List.of(ONE_LINER, STRIPBOARD, DOOD, CALL_SHEET)) {
            assertThat(render(example(), paper)).isEqualTo(render(p, paper));
        }
    }

    @Test
    void libreOfficePrintsEachPaperWithItsHeaderOnEveryPage() throws Exception {
        LibreOffice.assumeInstalled();
        Planned big = bigFish();
        record Case(String name, Paper paper, boolean landscape, String header) {
        }
        for (Case c : List.of(new Case("big-fish-one-liner", ONE_LINER, false, "Sc. Set D/N Pages Cast Synopsis"),
                new Case("big-fish-stripboard", STRIPBOARD, true, "Day Sc. I/E D/N Set Pages Cast Synopsis"),
                new Case("big-fish-dood", DOOD, true, "No. Character Day"),
                new Case("big-fish-call-sheet", CALL_SHEET, false, "Sc. Set D/N Pages Cast Synopsis"))) {
            Path pdfFile = LibreOffice.toPdf(dir, c.name(), render(big, c.paper()));
            try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
                int pages = pdf.getNumberOfPages();
                if (!c.name().endsWith("call-sheet")) {
                    assertThat(pages).as(c.name()).isGreaterThan(1);
                }
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= pages; page++) {
                    var box = pdf.getPage(page - 1).getMediaBox();
                    assertThat(box.getWidth() > box.getHeight()).as(c.name() + " landscape").isEqualTo(c.landscape());
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                    assertThat(text).as(c.name() + " page " + page).contains(c.header())
                            .contains("Page " + page + " of " + pages);
                }
            }
        }
        for (Paper paper : List.of(ONE_LINER, STRIPBOARD, DOOD, CALL_SHEET)) {
            Path pdfFile = LibreOffice.toPdf(dir, "love-lights-" + List.of(ONE_LINER, STRIPBOARD, DOOD, CALL_SHEET)
                    .indexOf(paper), render(example(), paper));
            try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            }
        }
    }
}
