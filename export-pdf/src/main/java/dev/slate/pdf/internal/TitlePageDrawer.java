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
 * the credit, the authors and the source, each centred; draft date (or date), revision and contact at
 * the bottom right (5.0 in), notes and copyright at the bottom left (1.3 in), both from 8.5 in down.
 */
final class TitlePageDrawer {

    private static final double TITLE_TOP = 3.5;
    private static final double BOTTOM_TOP = 8.5;
    private static final double LEFT_BLOCK = 1.3;
    private static final double RIGHT_BLOCK = 5.0;

    private final TextPainter painter;
    private final Paper paper;

    TitlePageDrawer(TextPainter painter, Paper paper) {
        this.painter = painter;
        this.paper = paper;
    }

    private static final List<String> CENTRED = List.of("Credit", "Author", "Source");
    private static final List<String> LEFT = List.of("Notes", "Copyright");
    private static final List<String> RIGHT = List.of("Draft date", "Date", "Revision", "Contact", "Contact info");

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
        block(out, page, LEFT, LEFT_BLOCK);
        block(out, page, RIGHT, RIGHT_BLOCK);
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

    private void block(PDPageContentStream out, TitlePage page, List<String> keys, double x) throws IOException {
        double top = BOTTOM_TOP;
        for (String key : keys) {
            Optional<TitlePage.Field> field = page.field(key);
            if (field.isEmpty()) {
                continue;
            }
            for (StyledText line : field.get().lines()) {
                painter.draw(out, line, Geometry.points(x), Geometry.baseline(paper, top), Geometry.FONT_SIZE,
                        () -> "the title page field " + key);
                top += Paper.LINE_HEIGHT;
            }
            top += Paper.LINE_HEIGHT;
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
