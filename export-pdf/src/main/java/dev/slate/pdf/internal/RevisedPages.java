package dev.slate.pdf.internal;

import dev.slate.core.StyledText;
import dev.slate.core.TitlePage;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paper;
import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.Revision;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pages of a revised print: which of them are printed, the number each prints, and what a revised
 * page adds: an asterisk at the right of each marked row and the revision's header ({@code Blue Rev.
 * 12/01/26}) left of the page number. The document information names the revision.
 *
 * @param markColumn the asterisks' x, in inches from the left edge
 * @param rgb        the asterisks' colour as {@code 0xRRGGBB}
 */
public record RevisedPages(RevisedLayout revised, Revision revision, double markColumn, int rgb,
                           boolean changedPagesOnly) {

    private static final StyledText MARK = StyledText.of("*");
    /** Characters left clear between the header and the page number, so that no reader runs them together. */
    private static final int HEADER_GAP = 4;

    Layout layout() {
        return revised.layout();
    }

    /** Whether page {@code index} is printed. */
    boolean prints(int index) {
        return !changedPagesOnly || revised.changed(index);
    }

    /** The number page {@code index} prints. */
    Optional<String> label(int index) {
        return revised.numberLabel(index);
    }

    /** The header and the asterisks of a revised page; an unrevised page gets neither. */
    void draw(PDPageContentStream out, TextPainter painter, Paper paper, int index) throws IOException {
        if (!revised.changed(index)) {
            return;
        }
        float top = Geometry.baseline(paper, Paper.PAGE_NUMBER_TOP);
        StyledText header = StyledText.of(revision.header());
        float headerWidth = painter.width(header, Geometry.FONT_SIZE, () -> "the revision header");
        float numberWidth = label(index).isEmpty() ? 0
                : painter.width(StyledText.of(label(index).get()), Geometry.FONT_SIZE, () -> "the page number");
        float right = Geometry.points(paper.rightEdge()) - numberWidth
                - (numberWidth > 0 ? HEADER_GAP * Geometry.points(Paper.CHARACTER_WIDTH) : 0);
        painter.draw(out, header, right - headerWidth, top, Geometry.FONT_SIZE, () -> "the revision header");
        if (revised.markedRows(index).isEmpty()) {
            return;
        }
        Page page = revised.layout().pages().get(index);
        out.saveGraphicsState();
        out.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        painter.begin(out);
        try {
            for (int row : revised.markedRows(index)) {
                painter.show(out, MARK, Geometry.points(markX(page, row)), Geometry.rowBaseline(paper, row),
                        Geometry.FONT_SIZE, () -> "a revision mark");
            }
        } finally {
            painter.end(out);
        }
        out.restoreGraphicsState();
    }

    /** The mark's x on a row: the mark column, or just after a scene number printed on the right. */
    private double markX(Page page, int row) {
        double x = markColumn;
        for (Line line : page.lines()) {
            if (line.row() == row && line.kind() == LineKind.SCENE_NUMBER && line.x() > Paper.LEFT_MARGIN) {
                x = Math.max(x, line.x() + (line.text().length() + 1) * Paper.CHARACTER_WIDTH);
            }
        }
        return x;
    }

    /** The title page of a revised print: its {@code Revision} field is the revision's line, {@code Blue Rev. 12/01/26}. */
    TitlePage titlePage(TitlePage original) {
        List<TitlePage.Field> fields = new ArrayList<>();
        for (TitlePage.Field field : original.fields()) {
            if (!field.key().equalsIgnoreCase("Revision")) {
                fields.add(field);
            }
        }
        fields.add(new TitlePage.Field("Revision", List.of(StyledText.of(revision.header()))));
        return new TitlePage(fields);
    }

    /** Writes what a revised print shows beyond its lines, for the document's content ID. */
    void writeShown(PdfBytes shown) {
        shown.write(revision.header().getBytes(StandardCharsets.UTF_8));
        for (int p = 0; p < revised.layout().pageCount(); p++) {
            shown.write(prints(p) ? 1 : 0);
            shown.write((label(p).orElse("") + revised.markedRows(p)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The revision in the document information: its label, colour and date, and a subject line. */
    void describe(PDDocumentInformation info) {
        info.setSubject(revision.header());
        info.setCustomMetadataValue("Revision", revision.label());
        revision.color().ifPresent(c -> info.setCustomMetadataValue("RevisionColor", c.title()));
        info.setCustomMetadataValue("RevisionDate", revision.date().toString());
    }
}
