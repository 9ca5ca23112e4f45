package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.testing.ScreenplayGen;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The PDF shows exactly the laid-out pages, row by row (the layout's own properties show that those
 * keep every word of the screenplay once, in order, and obey the break rules), and rendering never
 * throws on valid input.
 */
class PdfPropertiesTest {

    @Test
    void everyRowOfTheLayoutIsPrintedOnItsPage() {
        for (Paper paper : Paper.values()) {
            Paginator paginator = Paginator.builder().paper(paper).build();
            PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().paginator(paginator).build();
            qt().withExamples(25).forAll(ScreenplayGen.sized(6, 20)).checkAssert(play -> {
                Layout layout = paginator.paginate(play);
                List<List<PageText.Row>> pdf = read(renderer, play);
                int offset = pdf.size() - layout.pageCount(); // the title page, if any
                assertThat(offset).isBetween(0, 1);
                for (Page page : layout.pages()) {
                    List<String> printed = pdf.get(page.number() - 1 + offset).stream()
                            .filter(r -> r.baseline() > 72).map(r -> r.text().replaceAll("\\s", "")).toList();
                    assertThat(printed).as("page %d", page.number()).isEqualTo(expectedRows(page));
                }
            });
        }
    }

    private static List<String> expectedRows(Page page) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < page.rowsUsed(); r++) {
            int row = r;
            StringBuilder text = new StringBuilder();
            page.lines().stream().filter(l -> l.row() == row).sorted(Comparator.comparingDouble(Line::column))
                    .forEach(l -> text.append(l.text().plain()));
            String stripped = text.toString().replaceAll("\\s", "");
            if (!stripped.isEmpty()) {
                rows.add(stripped);
            }
        }
        return rows;
    }

    private static List<List<PageText.Row>> read(PdfScreenplayRenderer renderer, Screenplay play) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(play, out);
        try (PDDocument document = Rendered.load(out.toByteArray())) {
            return PageText.rows(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
