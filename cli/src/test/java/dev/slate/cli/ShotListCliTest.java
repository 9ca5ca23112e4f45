package dev.slate.cli;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shot-list parts of the command: setup time, boards, spreadsheets, the title block. */
class ShotListCliTest {

    private static final String SCRIPT = """
            Title: Rooftop

            EXT. ROOF - DAY #1#

            [[SHOT 1: WS, static, 35mm | the roof | setup A, 20 min | 10 min | storyboard: boards/1.png]]

            Rain on the concrete.

            [[SHOT 1A: CU, static, 85mm | her hand | setup A | 5 min | storyboard: boards/missing.png]]

            Her fist clenches.

            [[SHOT 1B: CU, static, 50mm | =HYPERLINK("http://x") | setup B, 15 min | 3 min | storyboard: /etc/passwd]]

            She turns.
            """;

    private static Path script(Path dir) throws IOException {
        Path script = dir.resolve("roof.fountain");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("boards"));
        ImageIO.write(new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("boards/1.png").toFile());
        return script;
    }

    @Test
    void statsCountsSetupTimeOncePerSetupInEveryFormat(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate json = Slate.run("stats", "--format", "json", script.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"shots\":3,\"setupMinutes\":35,\"shootingMinutes\":18,\"totalMinutes\":53")
                .contains("\"shots\":{\"total\":3,\"estimatedMinutes\":18,\"setupMinutes\":35,\"shootingMinutes\":18,"
                        + "\"totalMinutes\":53}");
        Slate text = Slate.run("stats", script.toString());
        assertThat(text.out()).contains("setup 35 min + shooting 18 min = 53 min");
        Slate csv = Slate.run("stats", "--format", "csv", script.toString());
        assertThat(csv.out()).contains("Setup minutes,Shooting minutes,Total minutes,").contains(",3,35,18,53,");
    }

    @Test
    void cutShotsCountNoMinutesInTheStatsTheShotListOrTheSchedule(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("cut.fountain");
        // 1A is cut from the lit setup A; setup B holds only the cut 1B: setup 20 + shooting 10.
        Files.writeString(script, SCRIPT.replace("| 5 min |", "| 5 min | status: cut |")
                .replace("| 3 min |", "| 3 min | status: cut |") + "\n[[DAY 1: 2027-03-01 | scene 1]]\n",
                StandardCharsets.UTF_8);
        Slate json = Slate.run("stats", "--format", "json", script.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"shots\":3,\"setupMinutes\":20,\"shootingMinutes\":10,\"totalMinutes\":30");
        Slate render = Slate.run("render", script.toString(), "--shotlist", "--order", "day");
        assertThat(render.exitCode()).as(render.err()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(dir.resolve("cut-shotlist.docx")))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Day 1: 3 shots  \u00b7  setup 20 min  \u00b7  shooting 10 min  \u00b7  total 30 min")
                    .contains("\u2612");
        }
        Slate schedule = Slate.run("schedule", script.toString());
        assertThat(schedule.exitCode()).as(schedule.err()).isZero();
        assertThat(schedule.out()).contains("1 setup  30 min")
                .contains("1 setup; shooting 10 min, setups 20 min, moves 0 min, meals 0 min = 30 min");
    }

    @Test
    void theListByDayFollowsTheScriptsDaysAndAScriptWithoutDaysIsRefused(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Path csv = dir.resolve("roof-shotlist.csv");
        Slate refused = Slate.run("render", script.toString(), "--csv", "--order", "day");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains(script + ": --order day needs shooting days in the script")
                .contains("slate schedule").doesNotContain("Exception");
        assertThat(csv).doesNotExist();

        Files.writeString(script, SCRIPT + "\n[[DAY 1: 2027-03-01 | scene 1: setup B]]\n[[DAY 2: call 08:00 | scene 1: setup A]]\n",
                StandardCharsets.UTF_8);
        Slate byDay = Slate.run("render", script.toString(), "--csv", "--order", "day",
                "--columns", "shot,camera,priority,status,cast-numbers,page,minutes");
        assertThat(byDay.exitCode()).as(byDay.err()).isZero();
        String[] records = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n");
        assertThat(records[0]).isEqualTo("\uFEFFDay,Date,Scene,Heading,INT/EXT,Time of day,Eighths,Pages,Shot,Cam,"
                + "Priority,Status,Cast #,Page,Min.");
        assertThat(records[1]).startsWith("1,2027-03-01,1,").endsWith(",1B,,,,,1,3");
        assertThat(records[2]).startsWith("2,,1,").endsWith(",1,,,,,1,10");
    }

    @Test
    void statsCsvNeutralisesAFileNameThatLooksLikeAFormula() {
        dev.slate.core.Screenplay play = dev.slate.core.fountain.FountainReader.create()
                .read("INT. =SUM(A1) - DAY\n\nRain.\n").screenplay();
        Stats stats = Stats.of("=1+2.fountain", play, dev.slate.core.layout.Paginator.builder().build().paginate(play));
        String row = stats.csv().split("\r\n")[1];
        assertThat(row).startsWith("'=1+2.fountain,1,INT. =SUM(A1) - DAY,");
    }

    @Test
    void checkReportsEveryMissingOrRefusedBoardAtItsShot(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate check = Slate.run("check", script.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains(script + ":9:1: warning: storyboard boards/missing.png of shot 1A: "
                + "file not found; fix the shot's storyboard path or remove it [bad-storyboard]");
        assertThat(check.out()).contains(script + ":13:1: warning: storyboard /etc/passwd of shot 1B: refused: "
                + "a storyboard must be a PNG or JPEG file inside the script's folder");
        assertThat(check.out()).doesNotContain("boards/1.png");
        assertThat(check.out().lines().filter(l -> l.endsWith("[bad-storyboard]"))).hasSize(2);
        // The shots name no coverage, so the three actions are also reported as uncovered.
        assertThat(check.out().lines().filter(l -> l.endsWith("[uncovered]"))).hasSize(3);
        assertThat(check.out()).contains("5 warnings");
    }

    @Test
    void checkAndRenderReadBoardsInTheScriptsFolderNotTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate check = Slate.run("check", "--boards", dir.resolve("boards").toString(), script.toString());
        assertThat(check.out()).contains("boards/1.png of shot 1: file not found");
    }

    @Test
    void renderWritesTheListWithAnEmptyFrameWhenABoardIsMissing(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate render = Slate.run("render", script.toString(), "--shotlist", "--storyboards", "--columns",
                "shot,storyboard,description", "--title", "Rooftop Day", "--director", "Mei Tan", "--dp", "Ray Okafor",
                "--date", "2026-11-26", "--revision", "Blue", "--unit", "2nd unit");
        assertThat(render.exitCode()).as(render.err()).isZero();
        assertThat(render.err()).contains(script + ":9:1: warning: storyboard boards/missing.png of shot 1A")
                .contains(script + ":13:1: warning: storyboard /etc/passwd of shot 1B: refused");
        try (InputStream in = Files.newInputStream(dir.resolve("roof-shotlist.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Rooftop Day \u2014 2nd unit");
            assertThat(doc.getParagraphs().get(1).getText()).contains("Shoot date: 2026-11-26", "Revision: Blue",
                    "3 shots", "setup 35 min", "shooting 18 min", "total 53 min");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("Director: Mei Tan      DP: Ray Okafor");
            XWPFHeader header = doc.getHeaderList().get(0);
            assertThat(header.getText()).contains("Rooftop Day", "Revision: Blue", "Date: 2026-11-26");
        }
        assertThat(dir.resolve("roof-storyboards.docx")).isNotEmptyFile();
    }

    @Test
    void spreadsheetsGetAByteOrderMarkUnlessTurnedOffAndAnXlsxOnRequest(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        Slate render = Slate.run("render", script.toString(), "--csv", "--xlsx");
        assertThat(render.exitCode()).as(render.err()).isZero();
        byte[] csv = Files.readAllBytes(dir.resolve("roof-shotlist.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
        Slate plain = Slate.run("render", script.toString(), "--csv", dir.resolve("plain.csv").toString(),
                "--csv-bom=false");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(Files.readString(dir.resolve("plain.csv"))).startsWith("Scene,Heading");
        try (InputStream in = Files.newInputStream(dir.resolve("roof-shotlist.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Shot");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void aBadDateIsAUsageErrorThatSaysHowToWriteIt(@TempDir Path dir) throws IOException {
        Slate render = Slate.run("render", script(dir).toString(), "--shotlist", "--date", "26/11/2026");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.err()).contains("YYYY-MM-DD");
    }
}
