package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.Revision;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Revised prints of big-fish with a handful of real edits, read back as a reader sees them. */
class RevisedPdfTest {

    private static final Revision BLUE = Revision.of("blue", LocalDate.of(2026, 12, 1));
    private static final PdfScreenplayRenderer RENDERER = PdfScreenplayRenderer.builder()
            .paginator(Paginator.builder().sceneNumbers(SceneNumberPosition.BOTH).build()).build();
    private static final String LONGER_SPEECH = " He would tell it at every wedding and every funeral, and each "
            + "time the baby flew a little farther. By the time I was ten, he had flown clear out of the county. "
            + "By the time I was twenty, I had stopped listening. I wish I had not.";

    static String bigFish() {
        try {
            return Files.readString(Corpus.dir().resolve("fountain/big-fish.fountain"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from}, failing when the corpus no longer has it. */
    static String edit(String text, String from, String to) {
        assertThat(text.indexOf(from)).as("big-fish contains %s", from).isNotNegative()
                .isEqualTo(text.lastIndexOf(from));
        return text.replace(from, to);
    }

    /** A word changed, a scene inserted, a scene deleted, a speech lengthened across a page. */
    static String revisedBigFish() {
        String text = bigFish();
        text = edit(text, "the infant is slippery like a fish", "the infant is slippery like an eel");
        String hallway = "INT.  HOSPITAL HALLWAY - DAY  \n\nBursting through the doors";
        text = edit(text, hallway, "INT.  NURSERY - DAY\n\nRows of empty cribs. One of them rocks on its own.\n\n"
                + hallway);
        int porch = text.indexOf("EXT.  FRONT PORCH OF HOUSE - DAY");
        int next = text.indexOf("EXT.  AT THE GATE - NIGHT", porch);
        assertThat(porch).isPositive();
        text = text.substring(0, porch) + text.substring(next);
        text = edit(text, "the endings were always the most surprising of all.",
                "the endings were always the most surprising of all." + LONGER_SPEECH);
        return text;
    }

    static Screenplay read(String text) {
        return FountainReader.create().read(text).screenplay();
    }

    static byte[] render(String name, RevisionOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderRevision(read(bigFish()), read(revisedBigFish()), options, out);
        try {
            Files.createDirectories(Rendered.OUT);
            Files.write(Rendered.OUT.resolve(name + ".pdf"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<List<PageText.Row>> pages(byte[] pdf) {
        try (PDDocument document = Rendered.load(pdf)) {
            return PageText.rows(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row on any page holding {@code part}, with its page index. */
    static PageText.Row rowWith(List<List<PageText.Row>> pages, String part) {
        for (List<PageText.Row> page : pages) {
            for (PageText.Row row : page) {
                if (row.text().contains(part)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row holds " + part);
    }

    static int pageWith(List<List<PageText.Row>> pages, String part) {
        for (int p = 0; p < pages.size(); p++) {
            for (PageText.Row row : pages.get(p)) {
                if (row.text().contains(part)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no page holds " + part);
    }

    @Test
    void aChangedLineCarriesAnAsteriskInTheRightMarginAtItsHeight() {
        List<List<PageText.Row>> pages = pages(render("revised-big-fish", RevisionOptions.builder(BLUE).build()));
        PageText.Row eel = rowWith(pages, "like an eel");
        assertThat(eel.text()).endsWith("*");
        assertThat(eel.xOf("*")).isCloseTo(7.75 * 72, within(0.5));
        // an unchanged line of the same paragraph has none
        assertThat(rowWith(pages, "doctor’s unprepared hands").text()).doesNotContain("*");
        // the new scene's heading and action are marked; the heading's mark comes after the scene number
        PageText.Row nursery = rowWith(pages, "NURSERY - DAY");
        assertThat(nursery.text()).endsWith("*");
        assertThat(rowWith(pages, "Rows of empty cribs").text()).endsWith("*");
        // every row of the lengthened speech that shows new words, and no other row of it
        assertThat(rowWith(pages, "at every wedding and every funeral").text()).endsWith("*");
        assertThat(rowWith(pages, "My father’s birth").text()).doesNotContain("*");
    }

    @Test
    void revisedPagesCarryTheRevisionHeaderAndOthersDoNot() {
        List<List<PageText.Row>> pages = pages(render("revised-big-fish", RevisionOptions.builder(BLUE).build()));
        int revised = pageWith(pages, "like an eel");
        assertThat(pages.get(revised).get(0).text()).contains("Blue Rev. 12/01/26");
        PageText.Row header = pages.get(revised).get(0);
        // the header ends four characters before the page number, which ends at the right text edge
        assertThat(header.endOf("12/01/26") + 4 * 7.2).isCloseTo(header.xOf(header.text()
                .substring(header.text().indexOf("12/01/26") + 8)), within(1.0));
        // the title page names the revision at the bottom right, where the draft date goes
        PageText.Row titleLine = rowWith(List.of(pages.get(0)), "Blue Rev. 12/01/26");
        assertThat(titleLine.endOf("12/01/26")).isCloseTo(7.6 * 72, within(1.0));
        assertThat(titleLine.baseline()).isGreaterThan(600);
        long withHeader = pages.stream().filter(p -> !p.isEmpty() && p.get(0).text().contains("Blue Rev.")).count();
        assertThat(withHeader).isBetween(2L, 8L);
        for (List<PageText.Row> page : pages) {
            boolean marked = page.stream().anyMatch(r -> r.text().endsWith("*"));
            boolean headed = !page.isEmpty() && page.get(0).text().contains("Blue Rev.");
            assertThat(headed).isEqualTo(marked || page.stream().anyMatch(r -> r.text().contains("OMITTED")));
        }
    }

    @Test
    void lockedPagesGiveAPagesOmittedScenesAndKeepEveryOtherPageNumber() {
        RevisionOptions locked = RevisionOptions.builder(BLUE).locking(RevisedLayout.Locking.PAGES).build();
        List<List<PageText.Row>> pages = pages(render("revised-big-fish-locked", locked));
        byte[] plain = Rendered.bytes(RENDERER, read(bigFish()), "big-fish-numbered");
        List<List<PageText.Row>> before = pages(plain);
        Pattern aPage = Pattern.compile(".*\\b\\d+A\\.$");
        assertThat(pages).anyMatch(p -> !p.isEmpty() && aPage.matcher(p.get(0).text()).matches());
        PageText.Row omitted = rowWith(pages, "OMITTED");
        assertThat(omitted.text()).matches("\\d+[A-Z]?OMITTED\\d+[A-Z]?\\*");
        // every page of the old print that shows the same lines keeps its number
        List<String> oldNumbers = new ArrayList<>();
        for (List<PageText.Row> page : before) {
            oldNumbers.add(page.isEmpty() ? "" : page.get(0).text());
        }
        int same = 0;
        for (List<PageText.Row> page : pages) {
            int at = indexOfSameText(before, page);
            if (at >= 0) {
                same++;
                assertThat(page.get(0).text()).isEqualTo(oldNumbers.get(at));
            }
        }
        assertThat(same).isGreaterThan(before.size() - 12);
    }

    @Test
    void changedPagesOnlyPrintsTheRevisedPagesWithTheirNumbers() {
        RevisionOptions options = RevisionOptions.builder(BLUE).locking(RevisedLayout.Locking.PAGES)
                .changedPagesOnly(true).build();
        List<List<PageText.Row>> pages = pages(render("revised-big-fish-blue-pages", options));
        assertThat(pages).hasSizeBetween(3, 12);
        for (List<PageText.Row> page : pages) {
            assertThat(page.get(0).text()).contains("Blue Rev. 12/01/26").matches(".*\\d+[A-Z]?(-\\d+)?\\.$");
        }
    }

    @Test
    void theSameDraftsGiveTheSameBytesAndAnUnchangedDraftItsPlainPages() {
        RevisionOptions options = RevisionOptions.builder(BLUE).build();
        assertThat(render("revised-big-fish", options)).isEqualTo(render("revised-big-fish", options))
                .isEqualTo(RENDERER.renderRevision(read(bigFish()), read(revisedBigFish()), options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Screenplay play = read(bigFish());
        RENDERER.renderRevision(play, play, options, out);
        List<List<PageText.Row>> unchanged = pages(out.toByteArray());
        List<List<PageText.Row>> plain = pages(Rendered.bytes(RENDERER, play, "big-fish-numbered"));
        assertThat(unchanged).hasSameSizeAs(plain);
        // the title page names the revision; every script page is the plain one, without a mark or header
        assertThat(unchanged.get(0)).anyMatch(r -> r.text().endsWith("Blue Rev. 12/01/26"));
        for (int p = 1; p < plain.size(); p++) {
            assertThat(unchanged.get(p).stream().map(PageText.Row::text).toList())
                    .isEqualTo(plain.get(p).stream().map(PageText.Row::text).toList());
        }
    }

    @Test
    void colouredMarksAreFilledInTheRevisionsColour() throws IOException {
        byte[] pdf = render("revised-big-fish-coloured", RevisionOptions.builder(BLUE).coloredMarks(true).build());
        int page = pageWith(pages(pdf), "like an eel");
        try (PDDocument document = Rendered.load(pdf)) {
            List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(document.getPage(page)).parse();
            List<float[]> fills = new ArrayList<>();
            for (int i = 3; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op && op.getName().equals("rg")) {
                    fills.add(new float[] {number(tokens.get(i - 3)), number(tokens.get(i - 2)), number(tokens.get(i - 1))});
                }
            }
            int rgb = BLUE.color().orElseThrow().rgb();
            assertThat(fills).anySatisfy(f -> {
                assertThat(f[0]).isCloseTo(((rgb >> 16) & 0xFF) / 255f, within(0.01f));
                assertThat(f[1]).isCloseTo(((rgb >> 8) & 0xFF) / 255f, within(0.01f));
                assertThat(f[2]).isCloseTo((rgb & 0xFF) / 255f, within(0.01f));
            });
        }
    }

    private static float number(Object token) {
        return ((org.apache.pdfbox.cos.COSNumber) token).floatValue();
    }

    @Test
    void aRevisedRenderPassesTheFormatCheck() throws IOException {
        render("revised-big-fish", RevisionOptions.builder(BLUE).build());
        assertThat(FormatCheck.findings(Rendered.OUT.resolve("revised-big-fish.pdf"))).isEmpty();
    }

    private static int indexOfSameText(List<List<PageText.Row>> pages, List<PageText.Row> page) {
        List<String> body = body(page);
        for (int p = 0; p < pages.size(); p++) {
            if (!body.isEmpty() && body(pages.get(p)).equals(body)) {
                return p;
            }
        }
        return -1;
    }

    private static List<String> body(List<PageText.Row> page) {
        return page.stream().filter(r -> r.baseline() > 60).map(PageText.Row::text).toList();
    }

    static Path out(String name) {
        return Rendered.OUT.resolve(name + ".pdf");
    }
}
