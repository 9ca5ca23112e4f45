package dev.slate.pdf.internal;

import dev.slate.core.StyledText;
import dev.slate.core.TitlePage;
import dev.slate.core.layout.Paper;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The title page as FORMAT.md lays it out: the title in capitals centred 3.5 in from the top, then
 * the credit, the authors and the source, each centred; notes, copyright and, last, the contact at the
 * bottom left (1.5 in), the draft date (or date) and revision right-aligned at the bottom right; both
 * blocks end on the last line of the text area.
 */
final class TitlePageDrawer {

    private static final double TITLE_TOP = 3.5;

    private final TextPainter painter;
    private final Paper paper;

    TitlePageDrawer(TextPainter painter, Paper paper) {
        this.painter = painter;
        this.paper = paper;
    }

    private static final List<String> CENTRED = List.of("Credit", "Author", "Source");
    private static final List<String> LEFT = List.of("Notes", "Copyright", "Contact", "Contact info");
    private static final List<String> RIGHT = List.of("Draft date", "Date", "Revision");

    /** Whether a title page has a field that is printed; without one there is no title page. */
    static boolean printsAnything(TitlePage page) {
        return java.util.stream.Stream.of(List.of("Title"), CENTRED, LEFT, RIGHT).flatMap(List::stream)
                .anyMatch(key -> page.field(key).isPresent());
    }

    void draw(PDPageContentStream out, TitlePage page) throws IOException {
        double top = TITLE_TOP;
        Optional<TitlePage.Field> title = page.field("Title");
        if (title.isPresent()) {
            top = centred(out, upperCase(title.get().lines()), top) + 2 * Paper.LINE_HEIGHT;
        }
        for (String key : CENTRED) {
            Optional<TitlePage.Field> field = page.field(key);
            if (field.isPresent()) {
                top = centred(out, field.get().lines(), top) + Paper.LINE_HEIGHT;
            }
        }
        block(out, page, LEFT, false);
        block(out, page, RIGHT, true);
    }

    private double centred(PDPageContentStream out, List<StyledText> lines, double top) throws IOException {
        float middle = Geometry.points(paper.width() / 2);
        for (StyledText line : lines) {
            float width = painter.width(line, Geometry.FONT_SIZE, () -> "the title page");
            painter.draw(out, line, middle - width / 2, Geometry.baseline(paper, top), Geometry.FONT_SIZE,
                    () -> "the title page");
            top += Paper.LINE_HEIGHT;
        }
        return top;
    }

    /** The fields in order, a blank line between them, the last line on the last row of the text area. */
    private void block(PDPageContentStream out, TitlePage page, List<String> keys, boolean right) throws IOException {
        List<StyledText> lines = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String key : keys) {
            Optional<TitlePage.Field> field = page.field(key);
            if (field.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add(null);
                owners.add(key);
            }
            for (StyledText line : field.get().lines()) {
                lines.add(line);
                owners.add(key);
            }
        }
        double top = Paper.TOP_MARGIN + (paper.linesPerPage() - lines.size()) * Paper.LINE_HEIGHT;
        for (int i = 0; i < lines.size(); i++, top += Paper.LINE_HEIGHT) {
            StyledText line = lines.get(i);
            if (line == null) {
                continue;
            }
            String where = "the title page field " + owners.get(i);
            float x = Geometry.points(right ? paper.rightEdge() : Paper.LEFT_MARGIN);
            if (right) {
                x -= painter.width(line, Geometry.FONT_SIZE, () -> where);
            }
            painter.draw(out, line, x, Geometry.baseline(paper, top), Geometry.FONT_SIZE, () -> where);
        }
    }

    private static List<StyledText> upperCase(List<StyledText> lines) {
        List<StyledText> upper = new ArrayList<>();
        for (StyledText line : lines) {
            List<StyledText.Span> spans = new ArrayList<>();
            for (StyledText.Span span : line.spans()) {
                spans.add(new StyledText.Span(span.text().toUpperCase(Locale.ROOT), span.styles()));
            }
            upper.add(new StyledText(spans));
        }
        return upper;
    }
}
