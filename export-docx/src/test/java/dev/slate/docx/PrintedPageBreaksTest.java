package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ShootingDay;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long scenes as LibreOffice prints them: Slate breaks the pages, and every page a scene continues
 * on opens with the column header and the scene row "(cont'd)". Each case is one conversion of a
 * few pages; the four cases cover both orders, both papers, and storyboards on and off.
 */
class PrintedPageBreaksTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeInstalled();
    }

    private static final Pattern BEAT = Pattern.compile("beat-(\\d+)-(\\d+)\\b");
    private static final Pattern SCENE_ROW = Pattern.compile("Scene (\\d+)( \\(cont'd\\))? (INT|EXT)\\. ");
    private static final Pattern SETUP_ROW = Pattern.compile("Setup [A-Z] \u00b7 ");
    private static final Pattern TOTALS = Pattern.compile("(Scene (\\d+)|Day \\d+|Not scheduled|Total): \\d+ shots?");
    private static final String WORDS = "the courier waits by the back door while steam drifts from the kitchen vent "
            + "and a bicycle bell rings somewhere down the wet alley";

    /** Five scenes, two of them long; descriptions of one line to many, setups in turn, boards on some shots. */
    private static Screenplay play(boolean byDay) {
        int[] shots = {4, 64, 1, 30, 0};
        Screenplay.Builder play = Screenplay.builder().title("Night Run");
        for (int s = 1; s <= shots.length; s++) {
            Scene.Builder scene = Scene.builder((s % 2 == 0 ? "EXT. ALLEY " : "INT. NOODLE SHOP ") + s + " - NIGHT")
                    .number(Integer.toString(s));
            for (int n = 1; n <= shots[s - 1]; n++) {
                int words = n % 7 == 3 ? 70 : n % 3 == 0 ? 14 : 3;
                StringBuilder description = new StringBuilder("beat-" + s + "-" + n);
                String[] pool = WORDS.split(" ");
                for (int w = 0; w < words; w++) {
                    description.append(' ').append(pool[(n + w) % pool.length]);
                }
                int i = n;
                String board = n % 5 == 1 ? "boards/wide.png" : n % 11 == 4 ? "boards/tall.png"
                        : n == 13 ? "boards/missing.png" : null;
                scene.shot(s + "-" + n, b -> b.size(i % 2 == 0 ? "MS" : "CU").lens(35 + i % 3 * 15)
                        .setup(Character.toString('A' + i % 3)).shootingMinutes(5).storyboard(board)
                        .description(description.toString()));
            }
            play.scene(scene.build());
        }
        Screenplay built = play.build();
        if (!byDay) {
            return built;
        }
        return ScheduleNotes.append(built, List.of(
                ShootingDay.of(1, List.of(DayEntry.SceneWork.whole("1"), DayEntry.SceneWork.whole("2"))),
                ShootingDay.of(2, List.of(DayEntry.SceneWork.whole("3"), DayEntry.SceneWork.whole("4")))));
    }

    @ParameterizedTest(name = "{0} order, storyboards {1}, {2}")
    @CsvSource({"SCRIPT, false, LETTER", "SCRIPT, true, A4", "DAY, true, LETTER", "DAY, false, A4"})
    void everyPageAScenesContinuesOnOpensWithTheHeaderAndTheSceneContinued(ShotListOrder order, boolean boards,
                                                                           Paper paper) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("boards"));
        javax.imageio.ImageIO.write(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("wide.png").toFile());
        javax.imageio.ImageIO.write(new BufferedImage(180, 320, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("tall.png").toFile());
        List<ShotListColumn> columns = new ArrayList<>(ShotListColumn.defaults());
        if (boards) {
            columns.add(2, ShotListColumn.STORYBOARD);
        }
        Screenplay play = play(order == ShotListOrder.DAY);
        byte[] docx = DocxShotListRenderer.builder()
                .options(ShotListOptions.builder().order(order).columns(columns).build()).paper(paper)
                .storyboards(StoryboardSource.files(dir)).boardProblems(p -> { }).build().render(play);
        String name = "breaks-" + order + "-" + boards + "-" + paper;
        Path pdfFile = LibreOffice.toPdf(dir, name, docx);
        List<String> pages;
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            pages = LibreOffice.pages(pdf);
        }
        String header = String.join(" ", columns.stream().skip(1).limit(5).map(ShotListColumn::header).toList());
        Map<Integer, Integer> firstPage = new HashMap<>();
        List<String> printed = new ArrayList<>();
        Set<Integer> continued = new LinkedHashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            String at = "page " + (p + 1);
            List<int[]> beats = new ArrayList<>(); // scene number, where its shot's row is in the page's text
            Matcher beat = BEAT.matcher(page);
            while (beat.find()) {
                printed.add(beat.group());
                beats.add(new int[] {Integer.parseInt(beat.group(1)), beat.start()});
            }
            // A row below a heading: a shot, or the row of a scene without shots.
            List<Integer> body = new ArrayList<>(beats.stream().map(b -> b[1]).toList());
            Matcher none = Pattern.compile("No shots planned").matcher(page);
            while (none.find()) {
                body.add(none.start());
            }
            body.sort(null);
            assertThat(body).as("%s prints rows", at).isNotEmpty();
            // A scene begun on an earlier page continues here: the header, "Scene N (cont'd)", then its shots.
            if (!beats.isEmpty() && firstPage.containsKey(beats.get(0)[0])) {
                String cont = "Scene " + beats.get(0)[0] + " (cont'd) ";
                assertThat(page).as(at).contains(header).contains(cont);
                assertThat(page.indexOf(header)).as("%s: the header comes first", at).isLessThan(page.indexOf(cont));
                assertThat(page.indexOf(cont)).as("%s: then the scene row", at).isLessThan(beats.get(0)[1]);
                continued.add(beats.get(0)[0]);
            }
            for (int[] b : beats) {
                firstPage.putIfAbsent(b[0], p);
            }
            // "(cont'd)" on the later pages of a scene only, never on its first.
            Matcher row = SCENE_ROW.matcher(page);
            while (row.find()) {
                Integer first = firstPage.get(Integer.parseInt(row.group(1)));
                boolean later = first != null && first < p;
                assertThat(row.group(2) != null).as("%s: %s", at, row.group()).isEqualTo(later);
            }
            // No page ends with a scene row or a setup row alone: a row follows the last of them.
            int lastHeading = Math.max(lastStart(SCENE_ROW, page), lastStart(SETUP_ROW, page));
            assertThat(body.get(body.size() - 1)).as("%s ends with a row below its last heading", at)
                    .isGreaterThan(lastHeading);
            // No totals row starts a page: a scene's totals follow at least two of its shots (or its only one).
            Matcher totals = TOTALS.matcher(page);
            while (totals.find()) {
                int where = totals.start();
                assertThat(body.get(0)).as("%s: a row above %s", at, totals.group()).isLessThan(where);
                if (totals.group(2) != null) {
                    int scene = Integer.parseInt(totals.group(2));
                    long above = beats.stream().filter(b -> b[0] == scene && b[1] < where).count();
                    int shots = play.scenes().get(scene - 1).shots().size();
                    assertThat(above).as("%s: shots of scene %d above its totals", at, scene)
                            .isGreaterThanOrEqualTo(Math.min(2, shots));
                }
            }
        }
        assertThat(continued).as("the long scenes run over pages").contains(2, 4);
        assertThat(pages.size()).isGreaterThanOrEqualTo(4);
        // Every shot printed once.
        List<String> expected = new ArrayList<>();
        play.scenes().forEach(s -> s.shots().forEach(shot -> expected.add(
                BEAT.matcher(shot.description()).results().findFirst().orElseThrow().group())));
        assertThat(printed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(String.join(" ", pages)).contains("Total: 99 shots");
        List<String> check = LibreOffice.check(dir.resolve(name + ".docx"), "beat-2-64", "Total: 99 shots");
        assertThat(check.get(1)).contains("0 findings");
        assertThat(check.get(0)).isEqualTo("0");
    }

    private static int lastStart(Pattern pattern, String text) {
        int last = -1;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
