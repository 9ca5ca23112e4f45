package dev.slate.docx.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.shot.Term;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * One rendering of a shot list: builds the whole document in memory (styles, title block, legend,
 * table, landscape section, footer) and returns its bytes. Not shared between calls.
 */
public final class ShotListDocument {

    /** Half an inch all round: room for the printer, most of the page for the table. */
    private static final int MARGIN = 720;
    private static final int HEADER_FOOTER_DISTANCE = 360;
    /** The document date when the caller sets none, so that output never depends on the clock. */
    private static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    private static final double THUMBNAIL_MAX_HEIGHT_PT = 72;

    private final RenderOptions options;
    private final Screenplay screenplay;
    private final ShotList list;

    public ShotListDocument(RenderOptions options, Screenplay screenplay, ShotList list) {
        this.options = options;
        this.screenplay = screenplay;
        this.list = list;
    }

    /**
     * The DOCX bytes.
     *
     * @throws IllegalArgumentException when a storyboard image is missing or unreadable, naming the shot
     */
    public byte[] toBytes() {
        int textWidth = twips(options.paper().height()) - 2 * MARGIN;
        int[] widths = ColumnWidths.of(options.columns(), textWidth);
        List<List<Optional<Thumbnails.Thumbnail>>> thumbnails = null;
        int board = options.columns().indexOf(ShotListColumn.STORYBOARD);
        if (board >= 0) {
            thumbnails = Thumbnails.load(list, options.storyboards(), (widths[board] - 150) / 20.0,
                    THUMBNAIL_MAX_HEIGHT_PT);
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.define(doc);
            properties(doc.getProperties());
            titleBlock(doc);
            new ShotTables(doc, options.columns(), widths, thumbnails).write(list);
            footer(doc);
            page(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return ReproducibleZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the shot list document: " + e.getMessage(), e);
        }
    }

    private String title() {
        return options.title().or(() -> screenplay.titlePage().title().map(t -> t.replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty())).orElse("Untitled");
    }

    private void properties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date date = Date.from(options.date().orElse(FIXED_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(Texts.clean(title() + " shot list"));
        core.setCreator("Slate");
    }

    private void titleBlock(XWPFDocument doc) {
        ShotTables.text(doc.createParagraph(), DocxStyles.TITLE, ParagraphAlignment.LEFT, title());
        List<String> facts = new ArrayList<>();
        facts.add("Shot list");
        String range = list.sceneRange();
        if (!range.isEmpty()) {
            facts.add((range.contains("\u2013") ? "Scenes " : "Scene ") + range);
        }
        options.date().map(LocalDate::toString).or(() -> screenplay.titlePage().draftDate()).ifPresent(facts::add);
        if (list.order() == ShotListOrder.SETUP) {
            facts.add("shooting order");
        }
        facts.add(Texts.totals(list.totals()));
        line(doc, String.join("   \u00b7   ", facts));
        List<String> crew = new ArrayList<>();
        options.director().ifPresent(d -> crew.add("Director: " + d));
        options.cinematographer().ifPresent(d -> crew.add("DP: " + d));
        if (!crew.isEmpty()) {
            line(doc, String.join("      ", crew));
        }
        options.notes().ifPresent(n -> line(doc, "Notes: " + n));
        legend(doc);
    }

    private void legend(XWPFDocument doc) {
        List<Term> terms = list.abbreviations(options.columns());
        if (terms.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.LEGEND.id());
        p.setSpacingAfter(120);
        p.createRun().setText("Abbreviations:  ");
        for (int i = 0; i < terms.size(); i++) {
            XWPFRun abbreviation = p.createRun();
            abbreviation.setBold(true);
            abbreviation.setText((i == 0 ? "" : "   ") + Texts.clean(terms.get(i).abbreviation()));
            p.createRun().setText(" " + Texts.clean(terms.get(i).label()));
        }
    }

    private static void line(XWPFDocument doc, String text) {
        ShotTables.text(doc.createParagraph(), DocxStyles.INFO, ParagraphAlignment.LEFT, text);
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER.id());
        p.createRun().setText("Page ");
        field(p, "PAGE", "1");
        p.createRun().setText(" of ");
        field(p, "NUMPAGES", "1");
    }

    /** A complex field: Word and LibreOffice update its shown value when they lay out the pages. */
    private static void field(XWPFParagraph p, String instruction, String shown) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(shown);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(options.paper().height())));
        size.setH(BigInteger.valueOf(twips(options.paper().width())));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Inches in twentieths of a point, as Word measures a page. */
    private static int twips(double inches) {
        return (int) Math.round(inches * 1440);
    }
}
