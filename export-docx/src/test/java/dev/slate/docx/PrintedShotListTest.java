package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shot lists as LibreOffice prints them. Each conversion takes seconds: keep these few. */
class PrintedShotListTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeInstalled();
    }

    @Test
    void exampleListPrintsOnOneLandscapePageWithEveryShotAndNothingCut() throws Exception {
        Screenplay play = Samples.loveLights();
        byte[] docx = DocxShotListRenderer.builder().date(LocalDate.of(2026, 11, 26)).director("Mei Tan").build()
                .render(play);
        Path pdfFile = LibreOffice.toPdf(dir, "love-lights", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            String text = LibreOffice.pages(pdf).get(0);
            for (Scene scene : play.scenes()) {
                for (Shot shot : scene.shots()) {
                    assertThat(text).contains(shot.description());
                }
            }
            assertThat(text).contains("Love Lights My Way Back Home", "Director: Mei Tan", "Page 1 of 1",
                    "Total: 8 shots", "林晓");
            // the longest words of the vocabulary fit their narrow columns without breaking
            assertThat(text).contains(" establishing ", " counterclockwise ", " 24-70mm ", " 100mm ", " worm's eye ", " EWS ");
        }
        List<String> check = LibreOffice.check(dir.resolve("love-lights.docx"), "Her bare foot", "Total: 8 shots");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }

    @Test
    void longListRepeatsTheHeaderAndCountsPagesOnEveryPage() throws Exception {
        Screenplay.Builder play = Screenplay.builder().title("Long Day");
        List<String> descriptions = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            Scene.Builder scene = Scene.builder("INT. CLASSROOM " + s + " - DAY").number(Integer.toString(s));
            for (int n = 1; n <= 5; n++) {
                String description = n == 3
                        ? ("Scene " + s + " long take: " + "the camera drifts along the desks while chalk dust hangs in the light. ".repeat(14)).strip()
                        : "Scene " + s + " shot " + n + " covers the teacher at the board.";
                descriptions.add(description);
                scene.shot(s + "-" + n, b -> b.size("MS").lens(35).description(description).shootingMinutes(5));
            }
            play.scene(scene.build());
        }
        byte[] docx = DocxShotListRenderer.builder().paper(dev.slate.core.layout.Paper.A4).build().render(play.build());
        Path pdfFile = LibreOffice.toPdf(dir, "long", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int count = pdf.getNumberOfPages();
            assertThat(count).isGreaterThan(2);
            List<String> pages = LibreOffice.pages(pdf);
            for (int p = 0; p < count; p++) {
                PDPage page = pdf.getPage(p);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(pages.get(p)).as("page %d", p + 1)
                        .contains("Shot Size Framing Angle Movement Lens Subjects Description Setup")
                        .contains("Page " + (p + 1) + " of " + count);
            }
            String all = String.join(" ", pages);
            for (String description : descriptions) {
                assertThat(all).contains(description);
            }
        }
    }

    @Test
    void aSceneThatRunsOverAPageNamesItselfAgainOnTheNextPage() throws Exception {
        Scene.Builder alley = Scene.builder("EXT. ALLEY BEHIND THE NOODLE SHOP - NIGHT").number("2");
        for (int n = 1; n <= 40; n++) {
            String beat = String.format("Alley beat %02d: the courier waits by the back door.", n);
            alley.shot("2-" + n, b -> b.size("MS").lens(50).description(beat).shootingMinutes(5));
        }
        Screenplay play = Screenplay.builder().title("Night Run")
                .scene(Scene.builder("INT. NOODLE SHOP - NIGHT").number("1")
                        .shot("1-1", b -> b.size("WS").description("Kitchen steam fills the frame.")).build())
                .scene(alley.build())
                .scene(Scene.builder("INT. STAIRWELL - NIGHT").number("3").build())
                .build();
        byte[] docx = DocxShotListRenderer.builder().build().render(play);
        Path pdfFile = LibreOffice.toPdf(dir, "alley", docx);
        String heading = "Scene 2 EXT. ALLEY BEHIND THE NOODLE SHOP - NIGHT";
        String continued = "Scene 2 (cont'd) EXT. ALLEY BEHIND THE NOODLE SHOP - NIGHT";
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = LibreOffice.pages(pdf);
            List<Integer> alleyPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains("Alley beat ")) {
                    alleyPages.add(p);
                    assertThat(pages.get(p)).as("page %d", p + 1).contains(alleyPages.size() == 1 ? heading : continued)
                            .contains("Shot Size Framing Angle Movement Lens Subjects Description");
                }
                if (pages.get(p).contains("Scene 3 INT. STAIRWELL")) {
                    assertThat(pages.get(p)).as("page %d: heading with its row", p + 1).contains("No shots planned");
                }
            }
            assertThat(alleyPages).as("the alley scene runs over a page").hasSizeGreaterThan(1);
            assertThat(pages.stream().filter(t -> t.contains(heading)).count()).isEqualTo(1);
            assertThat(pages.stream().filter(t -> t.contains(continued)).count()).isEqualTo(alleyPages.size() - 1);
            String all = String.join(" ", pages);
            for (int n = 1; n <= 40; n++) {
                assertThat(all).contains(String.format("Alley beat %02d:", n));
            }
            assertThat(all).contains("Scene 2: 40 shots", "Total: 41 shots");
        }
        List<String> check = LibreOffice.check(dir.resolve("alley.docx"), "Alley beat 40", "Total: 41 shots");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }

    /** The words of a text as a reader sees them, for checking that none is broken over two lines. */
    private static List<String> words(String text) {
        return List.of(text.split("[\\s,;]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void noWordBreaksMidWordAndAnUnreadableBoardPrintsAsAFrameWithItsPath() throws Exception {
        Path boards = Files.createDirectories(dir.resolve("boards"));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", boards.resolve("1.png").toFile());
        Files.write(boards.resolve("2.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0});
        Screenplay play = Screenplay.builder().title("Grandmother's House")
                .castMember(new dev.slate.core.CastMember("GRANDMOTHER", java.util.Optional.empty(), List.of()))
                .castMember(new dev.slate.core.CastMember("CHEN WEI", java.util.Optional.empty(), List.of()))
                .scene(Scene.builder("INT. GRANDMOTHER'S KITCHEN - MORNING").number("1")
                        .shot("1", b -> b.size("EWS").framing("establishing").angle("worm's eye")
                                .move("dolly in slow").move("crane up").lens("24-70mm").subjects("GRANDMOTHER", "CHEN WEI")
                                .description("Establishing: the kitchen, steam rising from the kettle")
                                .setup("A").setupMinutes(45).shootingMinutes(20).storyboard("boards/1.png"))
                        .shot("1A", b -> b.size("ECU").framing("OTS").lens("100mm").subjects("GRANDMOTHER")
                                .description("Her hands, counterclockwise, stirring the congee")
                                .setup("B").shootingMinutes(10).storyboard("boards/2.png").note("unreadable board"))
                        .build())
                .build();
        List<StoryboardProblem> problems = new ArrayList<>();
        List<dev.slate.core.report.ShotListColumn> columns = new ArrayList<>(dev.slate.core.report.ShotListColumn.defaults());
        columns.add(2, dev.slate.core.report.ShotListColumn.STORYBOARD);
        byte[] docx = DocxShotListRenderer.builder().columns(columns).storyboards(StoryboardSource.files(dir))
                .boardProblems(problems::add).build().render(play);
        assertThat(problems).extracting(StoryboardProblem::shot).containsExactly("1A");
        Path pdfFile = LibreOffice.toPdf(dir, "grandmother", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            String text = String.join(" ", LibreOffice.pages(pdf));
            List<String> expected = new ArrayList<>();
            for (dev.slate.core.report.ShotListColumn column : columns) {
                expected.addAll(words(column.header()));
                for (Shot shot : play.scenes().get(0).shots()) {
                    if (column != dev.slate.core.report.ShotListColumn.STORYBOARD) {
                        expected.addAll(words(column.cell(shot, columns)));
                    }
                }
            }
            for (String word : expected) {
                assertThat(text).as("'%s' printed whole", word).containsPattern(
                        "(^|[\\s,;])" + java.util.regex.Pattern.quote(word) + "($|[\\s,;])");
            }
            assertThat(text).contains("boards/2.png").doesNotContain("GRANDMOTH ER", "Setu p");
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
        List<String> check = LibreOffice.check(dir.resolve("grandmother.docx"), "boards/2.png");
        assertThat(check.get(1)).contains("0 findings");
    }

    @Test
    void aScenesTotalsRowNeverStartsAPageAloneNorWithASingleShot() throws Exception {
        Screenplay.Builder play = Screenplay.builder().title("Long Day");
        for (int s = 1; s <= 14; s++) {
            Scene.Builder scene = Scene.builder("INT. CLASSROOM " + s + " - DAY").number(Integer.toString(s));
            int shots = 3 + s % 5;
            for (int n = 1; n <= shots; n++) {
                String marker = "beat-" + s + "-" + n;
                scene.shot(s + "-" + n, b -> b.size("MS").lens(35).shootingMinutes(5)
                        .description(marker + " the teacher at the board, chalk in hand, the class behind"));
            }
            play.scene(scene.build());
        }
        byte[] docx = DocxShotListRenderer.builder().build().render(play.build());
        Path pdfFile = LibreOffice.toPdf(dir, "totals", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = LibreOffice.pages(pdf);
            assertThat(pages).hasSizeGreaterThan(2);
            int checked = 0;
            for (int p = 0; p < pages.size(); p++) {
                java.util.regex.Matcher totals = java.util.regex.Pattern.compile("Scene (\\d+): \\d+ shots")
                        .matcher(pages.get(p));
                while (totals.find()) {
                    String scene = totals.group(1);
                    String before = pages.get(p).substring(0, totals.start());
                    long shotsBefore = java.util.regex.Pattern.compile("beat-" + scene + "-\\d+ ").matcher(before)
                            .results().count();
                    assertThat(shotsBefore).as("page %d: the totals of scene %s come after at least two of its shots",
                            p + 1, scene).isGreaterThanOrEqualTo(2);
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(14);
        }
    }

    @Test
    void theStoryboardSheetPrintsSixFramesAPageWithEmptyFramesToSketchIn() throws Exception {
        Path boards = Files.createDirectories(dir.resolve("boards"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 225,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", boards.resolve("1.png").toFile());
        Scene.Builder scene = Scene.builder("EXT. ALLEY - NIGHT").number("2");
        for (int n = 1; n <= 8; n++) {
            int i = n;
            scene.shot("2-" + n, b -> b.size(i % 2 == 0 ? "CU" : "WS").move("pan left").lens(35)
                    .description("frame " + i + " of the alley").storyboard(i == 1 ? "boards/1.png"
                            : i == 2 ? "boards/missing.png" : null));
        }
        Screenplay play = Screenplay.builder().title("Night Run").scene(scene.build()).build();
        List<StoryboardProblem> problems = new ArrayList<>();
        byte[] docx = DocxStoryboardSheetRenderer.builder().storyboards(StoryboardSource.files(dir))
                .boardProblems(problems::add).build().render(play);
        assertThat(problems).extracting(StoryboardProblem::shot).containsExactly("2-2");
        Path pdfFile = LibreOffice.toPdf(dir, "storyboards", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = LibreOffice.pages(pdf);
            assertThat(pages).hasSize(2);
            for (int n = 1; n <= 6; n++) {
                assertThat(pages.get(0)).contains("Shot 2-" + n, "frame " + n + " of the alley");
            }
            assertThat(pages.get(0)).contains("WS \u00b7 pan left \u00b7 35mm", "boards/missing.png");
            assertThat(pages.get(1)).contains("Shot 2-7", "Shot 2-8", "Page 2 of 2");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
        }
        List<String> check = LibreOffice.check(dir.resolve("storyboards.docx"), "frame 8 of the alley");
        assertThat(check.get(1)).contains("0 findings");
    }

    @Test
    void theListByDayPrintsEachDayOnItsOwnPagesWithTheCrewsColumns() throws Exception {
        dev.slate.core.report.ShotListOptions options = dev.slate.core.report.ShotListOptions.builder()
                .order(dev.slate.core.report.ShotListOrder.DAY)
                .columns(dev.slate.core.report.ShotListColumn.parseList(
                        "tick,shot,size,lens,subjects,description,camera,priority,status,cast-numbers,page,minutes"))
                .build();
        byte[] docx = DocxShotListRenderer.builder().options(options).build().render(DocxShotListByDayTest.scheduled());
        Path pdfFile = LibreOffice.toPdf(dir, "by-day", docx);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = LibreOffice.pages(pdf);
            assertThat(pages).hasSize(3);
            assertThat(pages.get(0)).contains("Day 1 of 2").contains("Day 1: 6 shots").doesNotContain("Day 2 of 2");
            assertThat(pages.get(1)).contains("Day 2 of 2").contains("Scene 1 (cont'd)").contains("Day 2: 2 shots");
            assertThat(pages.get(2)).contains("Not scheduled").contains("Total: 8 shots");
            assertThat(pages.get(0)).contains("Cam Priority Status Cast # Page");
        }
        List<String> check = LibreOffice.check(dir.resolve("by-day.docx"), "Day 1 of 2", "Not scheduled");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }

    @Test
    void calcReadsTheCsvAsUtf8WhenToldSoWithEveryNonAsciiNameIntact() throws Exception {
        Screenplay play = Screenplay.builder()
                .castMember(new dev.slate.core.CastMember("林晓", java.util.Optional.empty(), List.of()))
                .castMember(new dev.slate.core.CastMember("JOSÉ", java.util.Optional.empty(), List.of()))
                .scene(Scene.builder("EXT. 小巷 - 下午").number("1")
                        .shot("1", b -> b.subjects("林晓", "JOSÉ").description("Crème brûlée ✓, Ünïcödé"))
                        .build())
                .build();
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        dev.slate.core.report.CsvShotListWriter.builder().build().write(play, csv);
        Path source = dir.resolve("list.csv");
        Files.write(source, csv.toByteArray());
        LibreOffice.assumeCalc(dir);
        // This does not prove that Calc finds UTF-8 by the byte order mark: LibreOffice 7.4's headless
        // conversion ignores the mark and reads every CSV as Windows-1252, so the filter names UTF-8
        // (76) explicitly, with comma and double quote, as Calc's import dialog chooses them from the
        // mark. What it proves is that the bytes are UTF-8 and the mark is not read as text.
        Path xlsx = LibreOffice.convert(dir, source, "xlsx", "--infilter=CSV:44,34,76");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            // the byte order mark is read as the mark, not as text in the first cell
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Scene");
            List<String> cells = new ArrayList<>();
            sheet.getRow(1).forEach(c -> cells.add(c.toString()));
            assertThat(cells).contains("EXT. 小巷 - 下午", "林晓, JOSÉ", "Crème brûlée ✓, Ünïcödé");
        }
    }
}
