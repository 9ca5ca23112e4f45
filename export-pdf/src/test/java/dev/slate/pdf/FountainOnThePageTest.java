package dev.slate.pdf;

import dev.slate.core.fountain.FountainReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Fountain reader makes of emphasis, lyrics, notes, tabs and blank lines, as a reader of
 * the printed page sees it: the characters drawn, in which face, on which row.
 */
class FountainOnThePageTest {

    private static final PdfScreenplayRenderer RENDERER = PdfScreenplayRenderer.builder().build();

    /** One drawn character: what it is, whether its face slants, and its row and x. */
    private record Glyph(char c, boolean italic, long row, float x) {
    }

    @Test
    void emphasisInAHeadingIsPrintedWithoutItsMarkers() throws IOException {
        List<Glyph> page = firstPage(".SOMEWHERE #*HELLO*#\n\nShe waits.\n", "heading-emphasis");
        assertThat(text(page)).contains("SOMEWHERE #HELLO#").doesNotContain("*");
        assertThat(styleOf(page, "HELLO")).isTrue();
        assertThat(styleOf(page, "SOMEWHERE")).isFalse();
    }

    @Test
    void tabsInAHeadingPrintAsOneSpace() throws IOException {
        List<Glyph> page = firstPage("INT.\tHOUSE \t\t- DAY\n\nShe waits.\n", "heading-tabs");
        assertThat(rows(page)).contains("INT. HOUSE - DAY");
    }

    @Test
    void emphasisOverTheLinesOfASpeechIsAppliedToEveryLine() throws IOException {
        List<Glyph> page = firstPage("LIN XIAO\n*Love lights\nmy way* back home.\n", "emphasis-over-lines");
        assertThat(text(page)).doesNotContain("*");
        assertThat(styleOf(page, "Love lights")).isTrue();
        assertThat(styleOf(page, "my way")).isTrue();
        assertThat(styleOf(page, "back home")).isFalse();
    }

    @Test
    void lyricsInsideASpeechAreItalicWithoutTheirTilde() throws IOException {
        List<Glyph> page = firstPage("LIN XIAO\n(singing)\n~Love lights my way\n~back home.\nThen she stops.\n",
                "lyrics-in-speech");
        assertThat(text(page)).doesNotContain("~");
        assertThat(styleOf(page, "Love lights my way")).isTrue();
        assertThat(styleOf(page, "back home.")).isTrue();
        assertThat(styleOf(page, "Then she stops.")).isFalse();
        assertThat(xOf(page, "Love lights")).isEqualTo(xOf(page, "Then she stops."));
    }

    @Test
    void removingANoteLeavesSingleSpaces() throws IOException {
        List<Glyph> page = firstPage("She waits [[fix: too static]] at the edge. Before [[a note\nover lines]] after.\n",
                "note-spaces");
        assertThat(rows(page)).contains("She waits at the edge. Before after.");
    }

    @Test
    void extraBlankLinesBetweenActionArePrinted() throws IOException {
        List<Glyph> page = firstPage("She drinks.\n\n\n\nA long beat.\n\nHe leaves.\n", "blank-lines");
        long drinks = rowOf(page, "She drinks.");
        long beat = rowOf(page, "A long beat.");
        long leaves = rowOf(page, "He leaves.");
        assertThat(leaves - beat).isEqualTo(24); // one blank line between paragraphs: two 12-point lines
        assertThat(beat - drinks).isEqualTo(48); // three blank lines: two more empty lines printed
    }

    private static List<Glyph> firstPage(String fountain, String name) throws IOException {
        byte[] pdf = Rendered.bytes(RENDERER, FountainReader.create().read(fountain).screenplay(), name);
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Rendered.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String font = text.getFont().getName().toLowerCase(Locale.ROOT);
                    boolean italic = font.contains("oblique") || font.contains("italic");
                    for (char c : text.getUnicode().toCharArray()) {
                        glyphs.add(new Glyph(c, italic, Math.round(text.getYDirAdj()), text.getXDirAdj()));
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return glyphs;
    }

    private static String text(List<Glyph> page) {
        StringBuilder out = new StringBuilder();
        page.forEach(g -> out.append(g.c()));
        return out.toString();
    }

    /** The page's rows, glyphs in x order. */
    private static List<String> rows(List<Glyph> page) {
        java.util.TreeMap<Long, List<Glyph>> byRow = new java.util.TreeMap<>();
        page.forEach(g -> byRow.computeIfAbsent(g.row(), k -> new ArrayList<>()).add(g));
        List<String> rows = new ArrayList<>();
        byRow.values().forEach(row -> {
            row.sort((a, b) -> Float.compare(a.x(), b.x()));
            rows.add(text(row));
        });
        return rows;
    }

    /** Where {@code part} is printed, as glyph indexes into the page. */
    private static int indexOf(List<Glyph> page, String part) {
        int at = text(page).indexOf(part);
        assertThat(at).as("'%s' printed in %s", part, rows(page)).isGreaterThanOrEqualTo(0);
        return at;
    }

    /** Whether every character of {@code part} is drawn in a slanted face. */
    private static boolean styleOf(List<Glyph> page, String part) {
        int at = indexOf(page, part);
        boolean all = true;
        for (int i = at; i < at + part.length(); i++) {
            if (page.get(i).c() != ' ') {
                all &= page.get(i).italic();
            }
        }
        return all;
    }

    private static long rowOf(List<Glyph> page, String part) {
        return page.get(indexOf(page, part)).row();
    }

    private static float xOf(List<Glyph> page, String part) {
        return page.get(indexOf(page, part)).x();
    }
}
