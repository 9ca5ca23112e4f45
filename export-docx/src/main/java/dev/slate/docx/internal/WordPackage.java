package dev.slate.docx.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.layout.Paper;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import javax.xml.namespace.QName;
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
 * What every Slate Word document shares: styles, document properties, settings for current Word,
 * the landscape page, the page header naming title, revision and date, the "Page N of M" footer,
 * and reproducible bytes.
 */
final class WordPackage {

    /** Half an inch all round: room for the printer, most of the page for the table. */
    static final int MARGIN = 720;
    private static final int HEADER_FOOTER_DISTANCE = 360;
    /** The document date when the caller sets none, so that output never depends on the clock. */
    private static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Word 2013 and later: without it Word opens the file in Compatibility Mode. */
    private static final String WORD_15 = "15";
    static final String LANGUAGE = "en-US";

    private WordPackage() {
    }

    /** A new document with the styles, the language and the settings of current Word. */
    static XWPFDocument create() {
        XWPFDocument doc = new XWPFDocument();
        DocxStyles.define(doc);
        doc.getStyles().setSpellingLanguage(LANGUAGE);
        compatibility(doc);
        return doc;
    }

    private static void compatibility(XWPFDocument doc) {
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), WORD_15);
        }
    }

    /** Title, application "Slate", and the stored dates (fixed unless given). */
    static void properties(XWPFDocument doc, String title, Optional<LocalDate> documentDate) {
        POIXMLProperties properties = doc.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date date = Date.from(documentDate.orElse(FIXED_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(Texts.clean(title));
        core.setCreator("Slate");
        properties.getExtendedProperties().setApplication("Slate");
    }

    /** {@code Love Lights · Shot list · Blue · 2026-11-26}: a loose page is never taken for another version. */
    static String pageHeading(ShotListOptions options, Screenplay screenplay, String what) {
        List<String> parts = new ArrayList<>();
        parts.add(options.title(screenplay));
        options.unit().ifPresent(parts::add);
        parts.add(what);
        options.revision().ifPresent(r -> parts.add("Revision: " + r));
        options.date().map(LocalDate::toString).or(() -> screenplay.titlePage().draftDate())
                .ifPresent(d -> parts.add("Date: " + d));
        return String.join("   \u00b7   ", parts);
    }

    static void header(XWPFDocument doc, String text) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER.id());
        p.createRun().setText(Texts.clean(text));
    }

    static void footer(XWPFDocument doc) {
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

    /** Landscape paper with half-inch margins. */
    static void landscape(XWPFDocument doc, Paper paper) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(paper.height())));
        size.setH(BigInteger.valueOf(twips(paper.width())));
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

    /** The text width of a landscape page, in twips. */
    static int textWidth(Paper paper) {
        return twips(paper.height()) - 2 * MARGIN;
    }

    /** The text height of a landscape page, in twips: the header and footer sit in the margins. */
    static int textHeight(Paper paper) {
        return twips(paper.width()) - 2 * MARGIN;
    }

    /** Inches in twentieths of a point, as Word measures a page. */
    static int twips(double inches) {
        return (int) Math.round(inches * 1440);
    }

    /** The document's bytes, every zip entry stamped with one fixed time. */
    static byte[] bytes(XWPFDocument doc) {
        return bytes(doc, (xml, out) -> out.write(xml));
    }

    /** The document's bytes with its main XML ({@code word/document.xml}) edited, every entry stamped with one time. */
    static byte[] bytes(XWPFDocument doc, ReproducibleZip.Edit documentXml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return ReproducibleZip.rewrite(out.toByteArray(), "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the document: " + e.getMessage(), e);
        }
    }
}
