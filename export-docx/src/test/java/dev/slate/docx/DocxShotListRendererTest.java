package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneLength;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.testing.Samples;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DocxShotListRendererTest {

    private static final DocxShotListRenderer DEFAULT = DocxShotListRenderer.builder().build();

    @Test
    void titleBlockNamesTheProjectScenesDateAndCrew() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().date(LocalDate.of(2026, 11, 26)).director("Mei Tan")
                .cinematographer("Ray Okafor").notes("Golden hour on the roof").build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.titleBlock()).startsWith("Love Lights My Way Back Home",
                    "Shot list   \u00b7   Scenes 1\u20133   \u00b7   Shoot date: 2026-11-26   \u00b7   8 shots  \u00b7  "
                            + "setup 20 min  \u00b7  shooting 90 min  \u00b7  total 110 min",
                    "Director: Mei Tan      DP: Ray Okafor", "Notes: Golden hour on the roof");
            assertThat(docx.doc.getParagraphs().get(0).getStyle()).isEqualTo("ShotListTitle");
        }
    }

    @Test
    void oneRowPerShotWithTheCellsInColumnOrder() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            List<List<String>> rows = docx.rows();
            assertThat(rows.get(0)).containsExactly("\u2713", "Shot", "Size", "Framing", "Angle", "Movement", "Lens",
                    "Subjects", "Description", "Setup", "Setup min.", "Min.", "Audio", "Notes");
            String length = SceneLength.format(
                    Paginator.builder().build().paginate(Samples.loveLights()).scenes().get(0).eighths());
            assertThat(rows.get(1)).containsExactly("Scene 1   EXT. SCHOOL ROOFTOP - LATE AFTERNOON      EXT  \u00b7  "
                    + "LATE AFTERNOON  \u00b7  DAY  \u00b7  " + length + " pg");
            assertThat(rows.get(2)).containsExactly("\u2610", "1", "WS", "master", "eye level", "static", "24mm",
                    "JIAYI, LIN XIAO, CHEN WEI", "The four students in a loose semicircle, the horizon behind them.",
                    "A", "20", "15", "sync", "");
            assertThat(rows.get(4)).containsExactly("\u2610", "1B", "CU", "OTS", "", "pan left, tilt down", "85mm",
                    "CHEN WEI", "Chen Wei steps back, hands raised in mock surrender, over Jiayi's shoulder.", "A", "",
                    "10", "sync", "Match his eyeline to 1A");
            assertThat(rows.get(6)).containsExactly("Scene 1: 4 shots  \u00b7  setup 20 min  \u00b7  shooting 40 min  \u00b7  total 60 min");
            assertThat(docx.shotRows()).extracting(r -> r.get(1))
                    .containsExactly("1", "1A", "1B", "1C", "2", "2A", "2B", "2C");
            // CONTINUOUS is planned as the day or night of the scene it continues.
            assertThat(rows.get(rows.size() - 3).get(0)).startsWith("Scene 3   INT. STAIRWELL - CONTINUOUS      INT  \u00b7  "
                    + "CONTINUOUS  \u00b7  DAY  \u00b7  ");
            assertThat(rows.get(rows.size() - 2)).containsExactly("No shots planned for this scene.");
            assertThat(rows.get(rows.size() - 1)).containsExactly("Total: 8 shots  \u00b7  setup 20 min  \u00b7  shooting 90 min  \u00b7  total 110 min");
        }
    }

    @Test
    void callerChoosesColumnsAndTheirOrder() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder()
                .columns(ShotListColumn.parseList("description,shot,lens")).build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.rows().get(0)).containsExactly("Description", "Shot", "Lens");
            assertThat(docx.rows().get(2)).containsExactly(
                    "The four students in a loose semicircle, the horizon behind them.", "1", "24mm");
            int[] grid = docx.table().getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).toArray();
            assertThat(grid).hasSize(3);
            assertThat(grid[0] + grid[1] + grid[2]).isEqualTo(15840 - 2 * 720);
            assertThat(grid[0]).isGreaterThan(grid[1] * 4);
        }
    }

    @Test
    void shootingOrderGroupsShotsBySetupWithinEachScene() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().order(ShotListOrder.SETUP).build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.shotRows()).extracting(r -> r.get(1) + r.get(9))
                    .containsExactly("1A", "1BA", "1AB", "1CC", "2A", "2BA", "2AB", "2C");
            assertThat(docx.titleBlock().get(1)).contains("shooting order");
        }
    }

    @Test
    void eachSceneIsATableWhoseHeaderAndSceneRowRepeatTogether() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            List<XWPFTable> tables = docx.tables();
            assertThat(tables).hasSize(3);
            List<XWPFTable> scenes = tables;
            assertThat(scenes).extracting(t -> Docx.cells(t.getRow(1)).get(0))
                    .allMatch(t -> t.startsWith("Scene ")).extracting(t -> t.substring(0, 8))
                    .containsExactly("Scene 1 ", "Scene 2 ", "Scene 3 ");
            for (XWPFTable table : scenes) {
                List<XWPFTableRow> rows = table.getRows();
                assertThat(Docx.cells(rows.get(0))).startsWith("\u2713", "Shot", "Size");
                assertThat(rows.subList(0, 2)).allMatch(XWPFTableRow::isRepeatHeader);
                assertThat(rows.subList(2, rows.size())).noneMatch(XWPFTableRow::isRepeatHeader);
                assertThat(rows.subList(0, 2)).as("header rows stay with the first shot")
                        .allMatch(r -> r.getTableCells().stream().flatMap(c -> c.getParagraphs().stream())
                                .allMatch(p -> p.getCTPPr().isSetKeepNext()));
                assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString())
                        .isEqualTo("single");
                assertThat(table.getCTTbl().getTblPr().getTblW().getW()).isEqualTo(BigInteger.valueOf(15840 - 1440));
            }
            assertThat(Docx.cells(scenes.get(0).getRow(scenes.get(0).getRows().size() - 1)))
                    .containsExactly("Scene 1: 4 shots  \u00b7  setup 20 min  \u00b7  shooting 40 min  \u00b7  total 60 min");
            assertThat(tables.get(2).getRows()).extracting(Docx::cells).as("a scene without shots keeps its table")
                    .containsExactly(Docx.cells(tables.get(0).getRow(0)), Docx.cells(tables.get(2).getRow(1)),
                            List.of("No shots planned for this scene."), List.of(
                                    "Total: 8 shots  \u00b7  setup 20 min  \u00b7  shooting 90 min  \u00b7  total 110 min"));
            XWPFTable last = tables.get(2);
            assertThat(Docx.cells(last.getRow(last.getRows().size() - 1))).as("the grand total ends the last table")
                    .containsExactly("Total: 8 shots  \u00b7  setup 20 min  \u00b7  shooting 90 min  \u00b7  total 110 min");
            assertThat(tables).flatMap(XWPFTable::getRows).allMatch(XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void aSceneLongerThanAPageContinuesInATableOfItsOwnOnTheNextPageWithItsSceneRowContinued() throws IOException {
        Scene.Builder alley = Scene.builder("EXT. ALLEY - NIGHT").number("2");
        for (int n = 1; n <= 90; n++) {
            alley.shot("2-" + n, b -> b.size("MS").description("The courier waits by the back door."));
        }
        Screenplay play = Screenplay.builder().scene(alley.build()).build();
        try (Docx docx = new Docx(DEFAULT.render(play))) {
            List<XWPFTable> tables = docx.tables();
            assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
            assertThat(Docx.cells(tables.get(0).getRow(1)).get(0)).startsWith("Scene 2   EXT. ALLEY - NIGHT");
            List<IBodyElement> body = docx.doc.getBodyElements();
            for (XWPFTable table : tables.subList(1, tables.size())) {
                assertThat(Docx.cells(table.getRow(0))).isEqualTo(Docx.cells(tables.get(0).getRow(0)));
                assertThat(Docx.cells(table.getRow(1)).get(0)).startsWith("Scene 2 (cont'd)   EXT. ALLEY - NIGHT");
                assertThat(table.getRows().subList(0, 2)).allMatch(XWPFTableRow::isRepeatHeader);
                XWPFParagraph before = (XWPFParagraph) body.get(body.indexOf(table) - 1);
                assertThat(before.getStyle()).isEqualTo("ShotListSpacer");
                assertThat(before.isPageBreak()).as("the continuation starts a new page").isTrue();
            }
            assertThat(docx.shotRows()).extracting(r -> r.get(1))
                    .containsExactlyElementsOf(play.scenes().get(0).shots().stream().map(s -> s.number()).toList());
            XWPFTable last = tables.get(tables.size() - 1);
            assertThat(last.getRows()).as("the totals come with the last two shots, or more").hasSizeGreaterThan(5);
        }
    }

    @Test
    void aShotTallerThanAPageGetsAPageOfItsOwnAndTheRowsAroundItKeepTheirs() throws IOException {
        String huge = "The courier waits by the back door while steam drifts from the kitchen vent. ".repeat(400);
        Screenplay play = Screenplay.builder().scene(Scene.builder("EXT. ALLEY - NIGHT").number("2")
                .shot("2-1", b -> b.description("Wide on the alley."))
                .shot("2-2", b -> b.description(huge.strip()))
                .shot("2-3", b -> b.description("Close on the door."))
                .build()).build();
        try (Docx docx = new Docx(DEFAULT.render(play))) {
            assertThat(docx.tables()).extracting(t -> t.getRows().stream().map(Docx::cells)
                    .filter(r -> r.size() > 1 && !r.get(1).equals("Shot")).map(r -> r.get(1)).toList())
                    .containsExactly(List.of("2-1"), List.of("2-2"), List.of("2-3"));
            assertThat(Docx.cells(docx.tables().get(2).getRow(1)).get(0)).startsWith("Scene 2 (cont'd)");
        }
    }

    @Test
    void tablesAreKeptApartByASpacerParagraphAndTheDocumentEndsWithOne() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            List<IBodyElement> body = docx.doc.getBodyElements();
            int first = body.indexOf(docx.tables().get(0));
            List<String> after = body.subList(first, body.size()).stream()
                    .map(e -> e instanceof XWPFTable ? "table" : ((XWPFParagraph) e).getStyle()).toList();
            assertThat(after).containsExactly("table", "ShotListSpacer", "table", "ShotListSpacer", "table",
                    "ShotListSpacer");
            assertThat(body.subList(first, body.size())).filteredOn(e -> e instanceof XWPFParagraph)
                    .allMatch(e -> ((XWPFParagraph) e).getText().isEmpty());
            assertThat(docx.doc.getStyles().getStyle("ShotListSpacer").getName()).isEqualTo("Shot List Spacer");
        }
    }

    @Test
    void pagesAreLandscapeLetterOrA4() throws IOException {
        try (Docx letter = new Docx(DEFAULT.render(Samples.loveLights()));
             Docx a4 = new Docx(DocxShotListRenderer.builder().paper(Paper.A4).build()
                     .render(Samples.loveLights()))) {
            CTPageSz size = letter.doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(List.of(size.getW(), size.getH())).containsExactly(BigInteger.valueOf(15840), BigInteger.valueOf(12240));
            CTPageSz a4Size = a4.doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(a4Size.getW(), a4Size.getH())).containsExactly(BigInteger.valueOf(16838), BigInteger.valueOf(11906));
            assertThat(a4.table().getCTTbl().getTblPr().getTblW().getW()).isEqualTo(BigInteger.valueOf(16838 - 1440));
        }
    }

    @Test
    void paperIsReadAsTheCommandLineWritesIt() {
        assertThat(List.of(Paper.parse("a4"), Paper.parse(" Letter"),
                Paper.parse("US Letter")))
                .containsExactly(Paper.A4, Paper.LETTER,
                        Paper.LETTER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Paper.parse("legal"))
                .hasMessage("unknown paper 'legal'; accepted: letter, a4");
    }

    @Test
    void footerCountsPagesWithFields() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            assertThat(docx.doc.getFooterList()).hasSize(1);
            XWPFParagraph p = docx.doc.getFooterList().get(0).getParagraphs().get(0);
            String xml = p.getCTP().xmlText();
            assertThat(xml).contains("Page ").contains(" of ").contains("fldCharType=\"begin\"");
            assertThat(p.getCTP().getRList().stream().flatMap(r -> r.getInstrTextList().stream())
                    .map(t -> t.getStringValue().strip())).containsExactly("PAGE", "NUMPAGES");
            assertThat(p.getStyle()).isEqualTo("ShotListFooter");
        }
    }

    @Test
    void allTextUsesNamedStylesBasedOnOne() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            List<String> used = new ArrayList<>();
            docx.doc.getParagraphs().forEach(p -> used.add(p.getStyle()));
            for (XWPFTableRow row : docx.tables().stream().flatMap(t -> t.getRows().stream()).toList()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> used.add(p.getStyle()));
                }
            }
            assertThat(used).doesNotContainNull().contains("ShotListTitle", "ShotListInfo", "ShotListLegend",
                    "ShotListHeader", "ShotListScene", "ShotListCell", "ShotListTotal", "ShotListSpacer");
            for (String id : List.of("ShotListTitle", "ShotListCell", "ShotListHeader", "ShotListFooter")) {
                assertThat(docx.doc.getStyles().getStyle(id).getBasisStyleID()).isEqualTo("ShotList");
            }
            assertThat(docx.doc.getStyles().getStyle("ShotListCell").getName()).isEqualTo("Shot List Cell");
        }
    }

    @Test
    void legendExplainsTheAbbreviationsUsed() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            String legend = docx.titleBlock().stream().filter(t -> t.startsWith("Abbreviations")).findFirst().orElseThrow();
            assertThat(legend).contains("WS wide shot", "MCU medium close-up", "OTS over-the-shoulder",
                    "MOS without sound", "ECU extreme close-up", "2-shot two-shot")
                    .doesNotContain("low angle", "pan", "VWS");
        }
    }

    @Test
    void sameInputGivesTheSameBytesWithFixedDates() throws Exception {
        byte[] first = DEFAULT.render(Samples.loveLights());
        Thread.sleep(1100); // zip stamps have two-second resolution; POI would stamp the clock time
        byte[] second = DEFAULT.render(Samples.loveLights());
        assertThat(second).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
            }
        }
        try (Docx docx = new Docx(first)) {
            assertThat(docx.doc.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    @Test
    void callerDateBecomesTheDocumentDate() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().date(LocalDate.of(2027, 3, 4))
                .documentDate(LocalDate.of(2027, 3, 4)).build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(LocalDate.of(2027, 3, 4).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(docx.titleBlock().get(1)).contains("2027-03-04");
        }
    }

    @Test
    void emptyScreenplayGivesAnEmptyListWithHeaderAndTotal() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Screenplay.builder().build()))) {
            assertThat(docx.titleBlock().get(0)).isEqualTo("Untitled");
            assertThat(docx.rows()).hasSize(3);
            assertThat(docx.rows().get(1)).containsExactly("No scenes.");
            assertThat(docx.rows().get(2)).containsExactly(
                    "Total: 0 shots  \u00b7  setup 0 min  \u00b7  shooting 0 min  \u00b7  total 0 min");
        }
    }

    @Test
    void longDescriptionsAndNonLatinTextArePrintedWhole() throws IOException {
        String longText = "Lin Xiao, 林晓, walks on. ".repeat(44).strip();
        assertThat(longText.length()).isGreaterThan(1000);
        Screenplay play = Screenplay.builder().title("爱照亮我回家的路")
                .scene(Scene.builder("EXT. 小巷 - 下午").shot("1", s -> s.description(longText).subjects("林晓")
                        .note("line one\nline two")).build())
                .build();
        try (Docx docx = new Docx(DEFAULT.render(play))) {
            assertThat(docx.titleBlock().get(0)).isEqualTo("爱照亮我回家的路");
            List<String> row = docx.shotRows().get(0);
            assertThat(row.get(8)).isEqualTo(longText);
            assertThat(row.get(7)).isEqualTo("林晓");
            assertThat(row.get(13)).isEqualTo("line one\nline two");
        }
    }

    @Test
    void controlCharactersAreDroppedNotWrittenAsBrokenXml() throws IOException {
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("INT. ROOM - DAY").shot("1", s -> s.description("bell\u0007 rings")).build())
                .build();
        try (Docx docx = new Docx(DEFAULT.render(play))) {
            assertThat(docx.shotRows().get(0).get(8)).isEqualTo("bell rings");
        }
    }

    @Test
    void sceneRowsShowPageEighthsWhenPaginationIsGiven() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().pageEighths(play -> List.of(11, 4, 8)).build()
                .render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.rows().get(1).get(0)).endsWith("EXT  \u00b7  LATE AFTERNOON  \u00b7  DAY  \u00b7  1 3/8 pg");
            assertThat(docx.rows()).extracting(r -> r.get(0)).filteredOn(t -> t.startsWith("Scene 3 "))
                    .singleElement().asString().endsWith("CONTINUOUS  \u00b7  DAY  \u00b7  1 pg");
        }
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() {
        boolean[] closed = {false};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DEFAULT.render(Samples.loveLights(), out);
        assertThat(out.toByteArray()).isEqualTo(DEFAULT.render(Samples.loveLights()));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void oneRendererServesThreadsAtOnce() throws Exception {
        byte[] expected = DEFAULT.render(Samples.loveLights());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> DEFAULT.render(Samples.loveLights())));
            }
            for (java.util.concurrent.Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void opensInCurrentWordWithALanguageScenesInTheNavigationPaneAndATickFont() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            String settings = docx.doc.getSettings().getCTSettings().xmlText();
            assertThat(settings).contains("compatSetting").contains("compatibilityMode").contains("\"15\"");
            var base = docx.doc.getStyles().getStyle("ShotList").getCTStyle().getRPr();
            assertThat(base.getLangArray(0).getVal()).isEqualTo("en-US");
            assertThat(docx.doc.getStyles().getStyle("ShotListScene").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);
            assertThat(docx.doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Slate");
            var tick = docx.table().getRow(2).getCell(0).getParagraphs().get(0);
            assertThat(tick.getText()).isEqualTo("\u2610");
            assertThat(docx.doc.getStyles().getStyle(tick.getStyle()).getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Segoe UI Symbol");
        }
    }

    @Test
    void sceneRowsStandOutInBlackAndWhiteByAHeavyRule() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            var borders = docx.table().getRow(1).getCell(0).getCTTc().getTcPr().getTcBorders();
            assertThat(borders.getTop().xmlText()).contains("w:color=\"000000\"");
            assertThat(((BigInteger) borders.getTop().getSz()).intValue()).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void theTotalsRowIsKeptWithTheLastTwoShots() throws IOException {
        try (Docx docx = new Docx(DEFAULT.render(Samples.loveLights()))) {
            List<XWPFTableRow> rows = docx.table().getRows();
            java.util.function.Predicate<XWPFTableRow> kept = r -> r.getTableCells().stream()
                    .flatMap(c -> c.getParagraphs().stream()).allMatch(p -> p.getCTPPr().isSetKeepNext());
            int last = rows.size() - 1;
            assertThat(Docx.cells(rows.get(last)).get(0)).startsWith("Scene 1: 4 shots");
            assertThat(rows.subList(last - 2, last)).allMatch(kept);
            assertThat(rows.get(last - 3)).matches(kept.negate());
        }
    }

    @Test
    void shootingOrderHasARowPerSetupWithItsTimeBeforeItsShots() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().order(ShotListOrder.SETUP).build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            List<String> rows = docx.table().getRows().stream().map(Docx::cells).map(r -> String.join("|", r))
                    .toList();
            assertThat(rows.get(2)).isEqualTo("Setup A  \u00b7  24mm  \u00b7  setup 20 min  \u00b7  2 shots  \u00b7  "
                    + "subtotal 45 min");
            assertThat(rows.get(3)).startsWith("\u2610|1|");
            assertThat(rows.get(4)).startsWith("\u2610|1B|");
            assertThat(rows.get(5)).startsWith("Setup B  \u00b7  50mm  \u00b7  1 shot  \u00b7  subtotal 10 min");
            assertThat(rows.get(7)).as("inserts last").startsWith("Setup C  \u00b7  100mm");
        }
    }

    @Test
    void titleVersionAndDateAreInTheHeaderOfEveryPage() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().options(dev.slate.core.report.ShotListOptions.builder()
                .title("Rooftop").unit("Ep. 3").revision("Blue").date(LocalDate.of(2026, 11, 26)).build())
                .build().render(Samples.loveLights());
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getHeaderList()).singleElement().extracting(h -> h.getText().strip())
                    .isEqualTo("Rooftop   \u00b7   Ep. 3   \u00b7   Shot list   \u00b7   Revision: Blue   \u00b7   "
                            + "Date: 2026-11-26");
            assertThat(docx.titleBlock().get(0)).isEqualTo("Rooftop \u2014 Ep. 3");
            assertThat(docx.titleBlock().get(1)).contains("Shoot date: 2026-11-26", "Revision: Blue");
        }
    }
}
