package dev.slate.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The glyphs of a PDF page as a reader sees them: grouped into rows by their baseline (points from
 * the top of the page), each row in x order, with the x where each character starts.
 */
final class PageText {

    /** A printed row: its text (glyphs in x order, without gaps) and each character's x and end. */
    record Row(double baseline, String text, List<Float> xs, List<Float> ends) {
        /** The x where the first occurrence of {@code part} starts, or NaN. */
        double xOf(String part) {
            int i = text.indexOf(part);
            return i < 0 ? Double.NaN : xs.get(i);
        }

        /** The x of the character at an index of the row text. */
        double xOf(String part, int index) {
            return text.startsWith(part, index) ? xs.get(index) : Double.NaN;
        }

        /** The x where the last character of the first occurrence of {@code part} ends, or NaN. */
        double endOf(String part) {
            int i = text.indexOf(part);
            return i < 0 ? Double.NaN : ends.get(i + part.length() - 1);
        }
    }

    private PageText() {
    }

    /** The rows of every page, pages in order (index 0 for the first page of the PDF). */
    static List<List<Row>> rows(PDDocument document) {
        List<List<TextPosition>> pages = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
                    pages.add(new ArrayList<>());
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    pages.get(pages.size() - 1).add(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<Row>> result = new ArrayList<>();
        for (List<TextPosition> glyphs : pages) {
            TreeMap<Long, List<TextPosition>> byTop = new TreeMap<>();
            for (TextPosition glyph : glyphs) {
                long top = Math.round(glyph.getYDirAdj());
                byTop.computeIfAbsent(top, k -> new ArrayList<>()).add(glyph);
            }
            List<Row> rows = new ArrayList<>();
            byTop.forEach((top, row) -> {
                row.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                StringBuilder text = new StringBuilder();
                List<Float> xs = new ArrayList<>();
                List<Float> ends = new ArrayList<>();
                for (TextPosition glyph : row) {
                    for (int i = 0; i < glyph.getUnicode().length(); i++) {
                        text.append(glyph.getUnicode().charAt(i));
                        xs.add(glyph.getXDirAdj());
                        ends.add(glyph.getXDirAdj() + glyph.getWidthDirAdj());
                    }
                }
                rows.add(new Row(row.get(0).getYDirAdj(), text.toString(), xs, ends));
            });
            result.add(rows);
        }
        return result;
    }

    /** The first row on a page that contains every part. */
    static Row find(List<Row> page, String... parts) {
        return page.stream().filter(r -> java.util.Arrays.stream(parts).allMatch(r.text()::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no row contains " + java.util.Arrays.toString(parts)
                        + " in " + page.stream().map(Row::text).toList()));
    }
}
