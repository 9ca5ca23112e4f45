package dev.slate.docx.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.shot.Term;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One rendering of a shot list: builds the whole document in memory (styles, title block, legend,
 * tables, landscape section, header and footer) and returns its bytes. Not shared between calls.
 */
public final class ShotListDocument {

    private static final double THUMBNAIL_MAX_HEIGHT_PT = 72;
    private static final int STORYBOARD_TWIPS = (int) (1.4 * 1440);
    private static final int LEGEND_SPACE_AFTER = 120;
    /**
     * The share of a page's estimated height that Slate fills before it breaks the page itself, so
     * that the word processor's own break never comes first.
     */
    static final double PAGE_FILL = 0.95;

    private final RenderOptions options;
    private final ShotListOptions shown;
    private final Screenplay screenplay;
    private final ShotList list;

    public ShotListDocument(RenderOptions options, Screenplay screenplay, ShotList list) {
        this.options = options;
        this.shown = options.list();
        this.screenplay = screenplay;
        this.list = list;
    }

    /** The DOCX bytes; storyboards that cannot be shown are reported to the options' consumer. */
    public byte[] toBytes() {
        List<ShotListColumn> columns = shown.columns();
        ShotCells cells = new ShotCells(list, columns);
        int[] widths = ColumnWidths.of(columns, list, cells, WordPackage.textWidth(options.paper()), STORYBOARD_TWIPS);
        Boards boards = null;
        int board = columns.indexOf(ShotListColumn.STORYBOARD);
        if (board >= 0) {
            boards = Boards.load(screenplay, options.storyboards(), (widths[board] - 150) / 20.0,
                    THUMBNAIL_MAX_HEIGHT_PT, options.maxBoardPixels());
            boards.problems().forEach(options.boardProblems());
        }
        try (XWPFDocument doc = WordPackage.create()) {
            WordPackage.properties(doc, shown.title(screenplay) + " shot list", options.documentDate());
            if (list.order() == ShotListOrder.DAY) {
                DocxStyles.defineDay(doc);
            }
            PagePlan plan = new PagePlan((int) (WordPackage.textHeight(options.paper()) * PAGE_FILL));
            RowHeights heights = new RowHeights(widths);
            titleBlock(doc, heights, plan);
            ShotTables tables = new ShotTables(doc, columns, widths, boards, cells, plan);
            tables.write(list);
            WordPackage.header(doc, WordPackage.pageHeading(shown, screenplay, "Shot list"));
            WordPackage.footer(doc);
            WordPackage.landscape(doc, options.paper());
            return WordPackage.bytes(doc, tables::withRows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the shot list document: " + e.getMessage(), e);
        }
    }

    /** The title block, whose height the page plan counts on the first page. */
    private void titleBlock(XWPFDocument doc, RowHeights heights, PagePlan plan) {
        String title = shown.title(screenplay) + shown.unit().map(u -> " \u2014 " + u).orElse("");
        ShotTables.text(doc.createParagraph(), DocxStyles.TITLE, ParagraphAlignment.LEFT, title);
        plan.paragraph(heights.paragraph(DocxStyles.TITLE, title, false));
        List<String> facts = new ArrayList<>();
        facts.add("Shot list");
        String range = list.sceneRange();
        if (!range.isEmpty()) {
            facts.add((range.contains("\u2013") ? "Scenes " : "Scene ") + range);
        }
        shown.date().map(LocalDate::toString).or(() -> screenplay.titlePage().draftDate())
                .ifPresent(d -> facts.add("Shoot date: " + d));
        shown.revision().ifPresent(r -> facts.add("Revision: " + r));
        if (list.order() == ShotListOrder.SETUP) {
            facts.add("shooting order");
        } else if (list.order() == ShotListOrder.DAY) {
            facts.add("by shooting day");
        }
        facts.add(Texts.totals(list.totals()));
        line(doc, String.join("   \u00b7   ", facts), heights, plan);
        List<String> crew = new ArrayList<>();
        shown.director().ifPresent(d -> crew.add("Director: " + d));
        shown.dp().ifPresent(d -> crew.add("DP: " + d));
        if (!crew.isEmpty()) {
            line(doc, String.join("      ", crew), heights, plan);
        }
        shown.notes().ifPresent(n -> line(doc, "Notes: " + n, heights, plan));
        legend(doc, heights, plan);
    }

    private void legend(XWPFDocument doc, RowHeights heights, PagePlan plan) {
        List<Term> terms = list.abbreviations(shown.columns());
        if (terms.isEmpty()) {
            return;
        }
        String lead = "Abbreviations:  ";
        StringBuilder text = new StringBuilder(lead); // what the page plan measures
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.LEGEND.id());
        p.setSpacingAfter(LEGEND_SPACE_AFTER);
        p.createRun().setText(lead);
        for (int i = 0; i < terms.size(); i++) {
            String abbreviation = (i == 0 ? "" : "   ") + Texts.clean(terms.get(i).abbreviation());
            String label = " " + Texts.clean(terms.get(i).label());
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText(abbreviation);
            p.createRun().setText(label);
            text.append(abbreviation).append(label);
        }
        // counted bold throughout, as the abbreviations are, and with the legend's larger space after
        plan.paragraph(heights.paragraph(DocxStyles.LEGEND, text.toString(), true) + LEGEND_SPACE_AFTER);
    }

    private static void line(XWPFDocument doc, String text, RowHeights heights, PagePlan plan) {
        ShotTables.text(doc.createParagraph(), DocxStyles.INFO, ParagraphAlignment.LEFT, text);
        plan.paragraph(heights.paragraph(DocxStyles.INFO, text, false));
    }
}
