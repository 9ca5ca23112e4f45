package dev.slate.docx.internal;

import dev.slate.docx.internal.PagePlan.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The page plan over generated shot lists, their rows measured by {@link RowHeights}: what it puts
 * on a page, and where it may break.
 */
class PagePlanTest {

    /** A landscape Letter page's columns: tick, shot, size, lens, subjects, description, notes. */
    private static final int[] WIDTHS = {400, 700, 700, 900, 1500, 7400, 2800};
    private static final DocxStyles[] STYLES = {DocxStyles.TICK, DocxStyles.CELL_CENTERED, DocxStyles.CELL,
            DocxStyles.CELL_CENTERED, DocxStyles.CELL, DocxStyles.CELL, DocxStyles.CELL};
    private static final String[] WORDS = ("the courier waits by the back door while steam drifts from the kitchen "
            + "vent and a bicycle bell rings somewhere down the wet alley GRANDMOTHER counterclockwise").split(" ");

    private static final int TITLE = 1500;
    private static final int LEAD = 86;
    private static final int HEADER = 300;
    private static final int SCENE = 420;
    private static final int SETUP = 250;
    private static final int TOTAL = 250;
    private static final int CONTINUATION = LEAD + HEADER + SCENE;
    private static final RowHeights ROWS = new RowHeights(WIDTHS);

    /** A shot's cells: a description of {@code code / 5} words and notes of {@code code % 7} words. */
    private static String[] shot(int code) {
        return new String[] {ShotTables.TICK_BOX, Integer.toString(code), "MS", "35mm", "LIN XIAO",
                words(code, code / 5), words(code + 3, code % 7)};
    }

    private static String words(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[(from + w) % WORDS.length]);
        }
        return text.toString();
    }

    /** A table of the column header, the scene row, setups and shots (by code), the scene's totals, maybe a day's. */
    private record Table(Kind[] kinds, int[] heights, boolean newPage) {
    }

    /**
     * Codes 0 to 999: a code ending in 0 is a setup row, any other a shot whose description has
     * from none to 200 words and whose notes have a few, as {@link RowHeights} measures them.
     */
    private static Table table(List<Integer> codes, int page, boolean dayTotal, boolean newPage) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.HEADING, Kind.HEADING));
        List<Integer> heights = new ArrayList<>(List.of(HEADER, SCENE));
        for (int code : codes) {
            boolean setup = code % 10 == 0;
            kinds.add(setup ? Kind.SETUP : Kind.SHOT);
            heights.add(setup ? SETUP : ROWS.row(STYLES, shot(code)));
        }
        if (kinds.size() > 2 && kinds.get(kinds.size() - 1) == Kind.SETUP) {
            kinds.add(Kind.SHOT); // a setup has its shots
            heights.add(200);
        }
        kinds.add(Kind.TOTAL); // the scene's totals, or "No shots planned"
        heights.add(TOTAL);
        if (dayTotal) {
            kinds.add(Kind.TOTAL);
            heights.add(TOTAL);
        }
        return new Table(kinds.toArray(Kind[]::new), heights.stream().mapToInt(Integer::intValue).toArray(), newPage);
    }

    @Test
    void noPageHoldsMoreThanItsHeightAndEveryBreakKeepsTheRulesAndComesOnlyWhereTheRowsDoNotFit() {
        qt().withExamples(300).forAll(integers().between(8000, 10300),
                lists().of(lists().of(integers().between(0, 999)).ofSizeBetween(0, 40)).ofSizeBetween(1, 6),
                booleans().all()).checkAssert((page, codes, byDay) -> {
                    List<Table> tables = new ArrayList<>();
                    for (int t = 0; t < codes.size(); t++) {
                        tables.add(table(codes.get(t), page, byDay && t % 2 == 1, byDay && t % 2 == 0 && t > 0));
                    }
                    PagePlan plan = new PagePlan(page);
                    plan.paragraph(TITLE);
                    List<Integer> pages = new ArrayList<>();
                    int used = TITLE;
                    for (Table table : tables) {
                        Kind[] kinds = table.kinds();
                        int[] heights = table.heights();
                        PagePlan.Breaks breaks = plan.table(kinds, heights, LEAD, CONTINUATION, table.newPage());
                        int firstAllowed = nextAllowed(kinds, 2);
                        if (breaks.before()) {
                            assertThat(table.newPage() || used + LEAD + sum(heights, 0, firstAllowed) > page)
                                    .as("a table starts a new page only when its head and first rows do not fit")
                                    .isTrue();
                            pages.add(used);
                            used = 0;
                        } else {
                            assertThat(table.newPage()).as("a day's first table starts a page").isFalse();
                        }
                        used += LEAD;
                        int next = 0;
                        int previous = 1;
                        for (int i = 0; i < kinds.length; i++) {
                            if (next < breaks.at().length && breaks.at()[next] == i) {
                                next++;
                                assertThat(i).as("breaks ascend, below the head").isGreaterThan(previous);
                                previous = i;
                                assertThat(allowed(kinds, i)).as("break before row %d of %s", i, List.of(kinds))
                                        .isTrue();
                                assertThat(used + sum(heights, i, nextAllowed(kinds, i + 1)))
                                        .as("rows carried over would not have fitted").isGreaterThan(page);
                                pages.add(used);
                                used = CONTINUATION;
                            }
                            used += heights[i];
                        }
                        assertThat(next).as("every break is at a row").isEqualTo(breaks.at().length);
                        assertThat(plan.used()).isEqualTo(used);
                    }
                    pages.add(used);
                    assertThat(pages).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(page));
                });
    }

    @Test
    void runsOfKeptRowsTallerThanAPageBreakBetweenTheirRows() {
        int page = 6000;
        Kind[] kinds = {Kind.HEADING, Kind.HEADING, Kind.SHOT, Kind.SHOT, Kind.SHOT, Kind.TOTAL};
        int[] heights = {HEADER, SCENE, 400, 3500, 3500, TOTAL};
        PagePlan plan = new PagePlan(page);
        PagePlan.Breaks breaks = plan.table(kinds, heights, LEAD, CONTINUATION, false);
        assertThat(breaks.before()).isFalse();
        // the last two shots and the totals cannot stay together: the first tall shot still fits
        assertThat(breaks.at()).containsExactly(4);
        assertThat(plan.used()).isEqualTo(CONTINUATION + 3500 + TOTAL);
    }

    @Test
    void aTableWhoseHeadAndFirstShotDoNotFitStartsANewPage() {
        PagePlan plan = new PagePlan(6000);
        plan.paragraph(5000);
        PagePlan.Breaks breaks = plan.table(new Kind[] {Kind.HEADING, Kind.HEADING, Kind.SHOT, Kind.TOTAL},
                new int[] {HEADER, SCENE, 400, TOTAL}, LEAD, CONTINUATION, false);
        assertThat(breaks.before()).isTrue();
        assertThat(breaks.at()).isEmpty();
        assertThat(plan.used()).isEqualTo(LEAD + HEADER + SCENE + 400 + TOTAL);
    }

    /**
     * Whether a page may end before row {@code i}: not inside the head, not after a setup row, not
     * before a totals row, and never leaving fewer than two shots (or the one) with the totals.
     */
    private static boolean allowed(Kind[] kinds, int i) {
        int shots = 0;
        int after = 0;
        for (int r = 0; r < kinds.length; r++) {
            if (kinds[r] == Kind.SHOT) {
                shots++;
                after += r >= i ? 1 : 0;
            }
        }
        return i > 2 && kinds[i - 1] != Kind.SETUP && kinds[i] != Kind.TOTAL && after >= Math.min(2, shots);
    }

    private static int nextAllowed(Kind[] kinds, int from) {
        for (int i = from; i < kinds.length; i++) {
            if (allowed(kinds, i)) {
                return i;
            }
        }
        return kinds.length;
    }

    private static int sum(int[] heights, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += heights[i];
        }
        return sum;
    }
}
