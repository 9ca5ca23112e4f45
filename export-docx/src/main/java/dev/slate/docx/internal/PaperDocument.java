package dev.slate.docx.internal;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A printed paper of the schedule: a title, lines of facts, tables whose header rows repeat on
 * every page and whose rows never split, and a "Page N of M" footer; built in memory, written with
 * fixed dates so the same schedule gives the same bytes.
 */
public final class PaperDocument implements AutoCloseable {

    private static final int MARGIN = 720;
    private static final int HEADER_FOOTER_DISTANCE = 360;
    private static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);

    /** A cell: its text, fill (hex RGB, or null) and whether it is bold. */
    public record Cell(String text, String fill, boolean strong, String color, ParagraphAlignment alignment) {
        /** A plain cell. */
        public static Cell of(String text) {
            return new Cell(text, null, false, null, ParagraphAlignment.LEFT);
        }

        /** A centred cell. */
        public static Cell centred(String text) {
            return new Cell(text, null, false, null, ParagraphAlignment.CENTER);
        }

        /** This cell filled. */
        public Cell filled(String fill) {
            return new Cell(text, fill, strong, color, alignment);
        }

        /** This cell bold. */
        public Cell bold() {
            return new Cell(text, fill, true, color, alignment);
        }

        /** This cell in a text colour. */
        public Cell coloured(String color) {
            return new Cell(text, fill, strong, color, alignment);
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final int longSide;
    private final int shortSide;
    private final boolean landscape;
    private XWPFTable table;
    private int[] widths;

    /** A new paper of this size (twips), landscape or portrait, titled. */
    public PaperDocument(int shortSide, int longSide, boolean landscape, String title, String subject) {
        this.shortSide = shortSide;
        this.longSide = longSide;
        this.landscape = landscape;
        DocxStyles.define(doc);
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(FIXED_DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(Texts.clean(title + " " + subject));
        core.setCreator("Slate");
        ShotTables.text(doc.createParagraph(), DocxStyles.TITLE, ParagraphAlignment.LEFT, title);
    }

    /** The width the tables may take, in twips. */
    public int textWidth() {
        return (landscape ? longSide : shortSide) - 2 * MARGIN;
    }

    /** A line of facts under the title. */
    public void info(String text) {
        ShotTables.text(doc.createParagraph(), DocxStyles.INFO, ParagraphAlignment.LEFT, text);
    }

    /** A new table with these column widths (twips) and a header row that repeats on every page. */
    public void table(int[] widths, List<String> header) {
        if (table != null) {
            doc.createParagraph().setStyle(DocxStyles.SPACER.id());
        }
        this.widths = widths.clone();
        table = doc.createTable();
        table.removeRow(0);
        TableFrame.apply(table, widths);
        XWPFTableRow row = newRow();
        row.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = TableFrame.cell(row.addNewTableCell(), widths[c], 1);
            cell.setColor("D9D9D9");
            XWPFParagraph p = cell.getParagraphs().get(0);
            ShotTables.text(p, DocxStyles.HEADER, ParagraphAlignment.LEFT, header.get(c));
            p.setKeepNext(true);
        }
    }

    /** A row of cells, one a column. */
    public void row(List<Cell> cells) {
        XWPFTableRow row = newRow();
        for (int c = 0; c < cells.size(); c++) {
            fill(TableFrame.cell(row.addNewTableCell(), widths[c], 1), cells.get(c), DocxStyles.CELL);
        }
    }

    /** A row of one cell across the table. */
    public void spanRow(Cell cell) {
        fill(TableFrame.cell(newRow().addNewTableCell(), total(), widths.length), cell, DocxStyles.SCENE);
    }

    private static void fill(XWPFTableCell cell, Cell content, DocxStyles style) {
        if (content.fill() != null) {
            cell.setColor(content.fill());
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        ShotTables.text(p, style, content.alignment(), content.text());
        for (XWPFRun run : p.getRuns()) {
            if (content.strong()) {
                run.setBold(true);
            }
            if (content.color() != null) {
                run.setColor(content.color());
            }
        }
    }

    private XWPFTableRow newRow() {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        row.setCantSplitRow(true);
        return row;
    }

    private int total() {
        return TableFrame.total(widths);
    }

    /** The document's bytes. */
    public byte[] toBytes() {
        doc.createParagraph().setStyle(DocxStyles.SPACER.id());
        footer();
        page();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return ReproducibleZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the document: " + e.getMessage(), e);
        }
    }

    private void footer() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER.id());
        p.createRun().setText("Page ");
        field(p, "PAGE");
        p.createRun().setText(" of ");
        field(p, "NUMPAGES");
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
        size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
