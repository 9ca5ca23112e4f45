package dev.slate.core.report;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CsvShotListWriterTest {

    private static final Screenplay TRICKY = Screenplay.builder()
            .scene(Scene.builder("EXT. ALLEY, BEHIND \"THE\" SCHOOL - AFTERNOON").number("2")
                    .shot("2A", s -> s.size("CU").description("She says \"stop\", then walks,\nslowly.")
                            .subjects("LIN XIAO", "MRS. SHEN").move("pan left").move("dolly in slow").lens(50)
                            .note("line one\r\nline two").shootingMinutes(5).setupMinutes(10))
                    .shot("2B", s -> s.description("林晓 looks away"))
                    .build())
            .build();

    @Test
    void parsesBackToTheSameCellsWithCommasQuotesAndLineBreaks() {
        String csv = text(CsvShotListWriter.builder().build().write(TRICKY));
        List<List<String>> records = Rfc4180.parse(csv);
        assertThat(records).hasSize(3);
        // no tick column: a box to tick means nothing in a spreadsheet
        assertThat(records.get(0)).containsExactly("Scene", "Heading", "INT/EXT", "Time of day", "Eighths", "Pages",
                "Shot", "Size", "Framing", "Angle", "Movement", "Lens", "Subjects", "Description", "Setup",
                "Setup min.", "Min.", "Audio", "Notes");
        assertThat(records.get(1)).containsExactly("2", "EXT. ALLEY, BEHIND \"THE\" SCHOOL - AFTERNOON", "EXT",
                "AFTERNOON", "1", "1/8", "2A", "CU", "", "", "pan left, dolly in slow", "50mm", "LIN XIAO, MRS. SHEN",
                "She says \"stop\", then walks,\nslowly.", "", "10", "5", "", "line one\r\nline two");
        assertThat(records.get(2).get(13)).isEqualTo("林晓 looks away");
    }

    @Test
    void quotesOnlyTheFieldsThatNeedIt() {
        String csv = text(CsvShotListWriter.builder().columns(List.of(ShotListColumn.SHOT, ShotListColumn.DESCRIPTION))
                .build().write(TRICKY));
        assertThat(csv).startsWith("Scene,Heading,INT/EXT,Time of day,Eighths,Pages,Shot,Description\r\n"
                + "2,\"EXT. ALLEY, BEHIND \"\"THE\"\" SCHOOL - AFTERNOON\",EXT,AFTERNOON,1,1/8,2A,"
                + "\"She says \"\"stop\"\", then walks,\nslowly.\"\r\n");
    }

    @Test
    void writesUtf8WithAByteOrderMarkUnlessTurnedOff() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        CsvShotListWriter.builder().byteOrderMark(false).build().write(TRICKY, plain);
        assertThat(plain.toString(StandardCharsets.UTF_8)).isEqualTo(text(CsvShotListWriter.builder().build().write(TRICKY)));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        CsvShotListWriter.builder().build().write(TRICKY, bom);
        assertThat(bom.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(bom.size()).isEqualTo(plain.size() + 3);
        assertThat(CsvShotListWriter.builder().build().write(TRICKY)).isEqualTo(bom.toByteArray());
    }

    @Test
    void scenesWithoutShotsAreRowsOfTheirOwn() {
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("INT. HALL - DAY").number("1").action("Empty.").build())
                .scene(Scene.builder("INT. ROOF - DAY").number("2").shot("2", s -> s.description("wide")).build())
                .build();
        List<List<String>> records = Rfc4180.parse(text(CsvShotListWriter.builder()
                .columns(List.of(ShotListColumn.SHOT, ShotListColumn.DESCRIPTION)).build().write(play)));
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).containsExactly("1", "INT. HALL - DAY", "INT", "DAY", "1", "1/8", "", "");
        assertThat(records.get(2)).containsExactly("2", "INT. ROOF - DAY", "INT", "DAY", "1", "1/8", "2", "wide");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("INT. =HYPERLINK(\"http://x\") - DAY").number("1")
                        .shot("1", s -> s.description("=HYPERLINK(\"http://evil\",\"click\")"))
                        .shot("1A", s -> s.description("+1+2"))
                        .shot("1B", s -> s.description("-2+3"))
                        .shot("1C", s -> s.description("@SUM(A1)"))
                        .shot("1D", s -> s.description("\tleading tab").note("\rcr"))
                        .shot("1E", s -> s.description("a = b, fine")).build())
                .build();
        List<List<String>> records = Rfc4180.parse(text(CsvShotListWriter.builder()
                .columns(List.of(ShotListColumn.SHOT, ShotListColumn.DESCRIPTION, ShotListColumn.NOTES)).build()
                .write(play)));
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(7)).containsExactly(
                "'=HYPERLINK(\"http://evil\",\"click\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tleading tab",
                "a = b, fine");
        assertThat(records.get(5).get(8)).isEqualTo("'\rcr");
        assertThat(records.get(1).get(1)).isEqualTo("INT. =HYPERLINK(\"http://x\") - DAY");
    }

    @Test
    void pagesFieldComesFromTheSceneLengths() {
        String csv = text(CsvShotListWriter.builder().pageEighths(play -> List.of(11)).build().write(TRICKY));
        assertThat(Rfc4180.parse(csv).get(1).subList(4, 6)).containsExactly("11", "1 3/8");
    }

    @Test
    void emptyListIsJustTheHeader() {
        assertThat(Rfc4180.parse(text(CsvShotListWriter.builder().build().write(Screenplay.builder().build())))).hasSize(1);
    }

    @Test
    void everyGeneratedShotParsesBackToItsCellsInOrder() {
        List<ShotListColumn> all = List.of(ShotListColumn.values());
        qt().withExamples(100).forAll(ScreenplayGen.screenplays(), org.quicktheories.generators.SourceDSL.booleans().all())
                .checkAssert((play, shooting) -> {
                    ShotListOrder order = shooting ? ShotListOrder.SETUP : ShotListOrder.SCRIPT;
                    List<List<String>> records = Rfc4180.parse(
                            text(CsvShotListWriter.builder().columns(all).order(order).build().write(play)));
                    List<List<String>> expected = new ArrayList<>();
                    ShotList list = ShotList.of(play, order, ShotList.PageEighths.LETTER.measure(play));
                    for (ShotList.SceneSection section : list.sections()) {
                        List<String> scene = List.of(section.number(), section.heading().text(),
                                section.interiorExterior(), section.timeOfDay(),
                                String.valueOf(section.pageEighths().getAsInt()), section.pages());
                        if (section.shots().isEmpty()) {
                            List<String> cells = new ArrayList<>(scene);
                            all.stream().skip(1).forEach(c -> cells.add(""));
                            expected.add(cells);
                        }
                        for (Shot shot : section.shots()) {
                            List<String> cells = new ArrayList<>(scene);
                            all.stream().skip(1).forEach(c -> cells.add(Csv.neutralised(list.cell(section, shot, c, all))));
                            expected.add(cells);
                        }
                    }
                    assertThat(records.subList(1, records.size())).isEqualTo(expected);
                });
    }

    /** The CSV text of the written bytes, without the byte order mark. */
    private static String text(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
