package dev.slate.cli;

import dev.slate.core.fountain.FountainReader;
import dev.slate.core.schedule.ScheduleNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCommandTest {

    private static final String SCRIPT = "INT. KITCHEN - DAY\n\n[[SHOT 1: WS | setup A | 30 min]]\n\nTea.\n\n"
            + "EXT. ALLEY - NIGHT\n\nRain.\n\nINT. KITCHEN - DAY\n\nMore tea.\n";

    @Test
    void printsThePlannedDaysWithTheirTotalsAndProblems(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT + "\n[[DAY 1: Mon 2027-03-01 | call 06:00 | scene 1 | scene 2]]\n");

        Slate slate = Slate.run("schedule", script.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).contains("1 shooting day,").contains("Day 1  Mon 2027-03-01  call 06:00  planned 12h")
                .contains("06:00  1     INT. KITCHEN - DAY  D  1/8  1 setup  30 min")
                .contains("End of day 1: 2 scenes")
                .contains(script + ":15:56: warning: day 1 goes from KITCHEN to ALLEY")
                .contains("warning: scene 3 is not scheduled");
    }

    @Test
    void proposesTheRestAndWritesItIntoACopy(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT + "\n[[DAY 1 | scene 1]]\n");
        String before = Files.readString(script);
        Path copy = dir.resolve("planned.fountain");

        Slate slate = Slate.run("schedule", script.toString(), "--propose", "--start", "2027-03-05", "--skip", "sat,sun",
                "--into", copy.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).contains("Day 2 (proposed)  Fri 2027-03-05").contains("Day 3 (proposed)  Mon 2027-03-08")
                .contains("Proposed against script order:").contains("shooting days").contains("wrote " + copy);
        assertThat(Files.readString(script)).isEqualTo(before);
        String planned = Files.readString(copy);
        assertThat(planned).contains("[[DAY 2: Fri 2027-03-05 | call 07:00 | 12h | scene 3]]")
                .contains("[[DAY 3: Mon 2027-03-08 | call 17:00 | 12h | scene 2]]");
        var read = FountainReader.create().read(planned);
        assertThat(ScheduleNotes.read(read.screenplay()).schedule().days()).hasSize(3);
        // The proposal adds no problem; the only warnings are the script's own unplanned coverage.
        String check = Slate.run("check", copy.toString()).out();
        assertThat(check.lines().filter(l -> l.contains("warning:") && !l.endsWith("[uncovered]"))).isEmpty();
        assertThat(check).contains("0 errors, 3 warnings");
    }

    @Test
    void theScriptItselfIsNeverTheOutput(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT);
        String before = Files.readString(script);

        Slate slate = Slate.run("schedule", script.toString(), "--propose", "--into", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("is the input script");
        assertThat(Files.readString(script)).isEqualTo(before);
        assertThat(Slate.run("schedule", script.toString(), "--into", dir.resolve("x.fountain").toString()).err())
                .contains("add --propose");
        assertThat(Slate.run("schedule", script.toString(), "--propose", "--day-length", "soon").err())
                .contains("day length 'soon'");
        assertThat(Slate.run("schedule", script.toString(), "--propose", "--start", "2027-03-01", "--skip", "fr,xx").err())
                .contains("unknown day of the week 'xx'");
    }

    @Test
    void aShorterDayMakesMoreDays(@TempDir Path dir) throws IOException {
        Path script = write(dir, "INT. KITCHEN - DAY\n\n" + "Tea is poured, slowly and with care.\n\n".repeat(60));

        String twelve = Slate.run("schedule", script.toString(), "--propose").out();
        String six = Slate.run("schedule", script.toString(), "--propose", "--day-length", "6h").out();

        assertThat(twelve).contains("1 shooting day,");
        assertThat(six).contains("Day 1 (proposed)  call 07:00  planned 6h  wrap").contains("OVERTIME");
    }

    @Test
    void statsJsonCarriesTheScheduleWithTheSameTotals(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT + "\n[[DAY 1 | call 06:00 | scene 1 | move 20 min | scene 2]]\n\n[[DAY 2 | scene 3]]\n");

        Slate stats = Slate.run("stats", "--format", "json", script.toString());
        Slate schedule = Slate.run("schedule", script.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"schedule\":{\"shootingDays\":2,\"eighths\":3,\"companyMoves\":1,")
                .contains("{\"number\":1,\"date\":null,\"call\":\"06:00\",\"wrap\":\"07:18\"");
        assertThat(schedule.out()).contains("2 shooting days, 3/8 pages, 1 company move,").contains("wrap 07:18");
    }

    @Test
    void renderWritesTheScheduleSPapers(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT + "\n[[DAY 1 | scene 1 | scene 3 | move 20 min | scene 2]]\n");

        Slate slate = Slate.run("render", script.toString(), "--one-liner", "--stripboard", "--dood",
                "--call-sheet", "1");
        Slate csv = Slate.run("render", script.toString(), "--dood", dir.resolve("dood.csv").toString());
        Slate noDay = Slate.run("render", script.toString(), "--call-sheet", "4");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        for (String name : new String[] {"script-one-liner.docx", "script-stripboard.docx", "script-dood.docx",
                "script-call-sheet-1.docx"}) {
            assertThat(dir.resolve(name)).isNotEmptyFile();
        }
        assertThat(dir.resolve("script.pdf")).doesNotExist();
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(Files.readString(dir.resolve("dood.csv"))).isEqualTo("No.,Character,Day 1,Work,Hold,Total\r\n");
        assertThat(noDay.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDay.err()).contains("the schedule has no day 4; it has days 1");
        assertThat(dir.resolve("script-call-sheet-4.docx")).doesNotExist();
    }

    @Test
    void aPaperAndAShotListInOneFileAreRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path script = write(dir, SCRIPT + "\n[[DAY 1 | scene 1 | scene 3 | move 20 min | scene 2]]\n");
        Path same = Files.writeString(dir.resolve("papers.docx"), "an earlier list");

        Slate slate = Slate.run("render", script.toString(), "--shotlist", same.toString(),
                "--one-liner", same.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).contains("papers.docx: is also another output; give each output its own file");
        assertThat(Files.readString(same)).isEqualTo("an earlier list");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("script.fountain", "papers.docx");
        }
    }

    private static Path write(Path dir, String text) throws IOException {
        Path script = dir.resolve("script.fountain");
        Files.writeString(script, text, StandardCharsets.UTF_8);
        return script;
    }
}
