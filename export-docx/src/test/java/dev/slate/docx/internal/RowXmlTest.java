package dev.slate.docx.internal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.strings;

/** A shot row written as text is, byte for byte, the row POI writes for the same cells. */
class RowXmlTest {

    private static final String[] TRICKY = {"", " ", "a", " lead", "trail ", "two\nlines", "\n", "a\n\nb ", "x\r\ny\rz",
        "a < b && c > d ]]> ]]]> ]>", "\"quoted\" 'single'", "tab\there", "\t", "\uD83C\uDFAC clapper", "\u00a0nbsp\u00a0",
        "\u3000ideographic\u3000", "bell\u0007", "\uFFFE", "lone \uD800 surrogate", "\u2028line separator", "林晓 ✓"};

    /** The row as POI writes it, cut from the saved document. */
    private static String poiRow(String[] texts, DocxStyles[] styles, boolean keepNext) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable();
            table.removeRow(0);
            XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
            row.setCantSplitRow(true);
            for (int c = 0; c < texts.length; c++) {
                XWPFParagraph p = row.addNewTableCell().getParagraphs().get(0);
                ShotTables.text(p, styles[c], ParagraphAlignment.LEFT, texts[c]);
                if (keepNext) {
                    p.setKeepNext(true);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("word/document.xml")) {
                        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                        return xml.substring(xml.indexOf("<w:tr>"), xml.lastIndexOf("</w:tr>") + "</w:tr>".length());
                    }
                }
            }
        }
        throw new IllegalStateException("no document.xml");
    }

    private static String textRow(String[] texts, DocxStyles[] styles, boolean keepNext) {
        StringBuilder out = new StringBuilder();
        RowXml.row(out, styles, texts, keepNext);
        return out.toString();
    }

    @Test
    void trickyTextsAreWrittenAsPoiWritesThem() throws IOException {
        DocxStyles[] styles = new DocxStyles[TRICKY.length];
        for (int i = 0; i < styles.length; i++) {
            styles[i] = DocxStyles.values()[i % DocxStyles.values().length];
        }
        for (boolean keep : new boolean[] {false, true}) {
            assertThat(textRow(TRICKY, styles, keep)).isEqualTo(poiRow(TRICKY, styles, keep));
        }
    }

    @Test
    void anyTextIsWrittenAsPoiWritesIt() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 12),
                strings().betweenCodePoints(9, 0x7f).ofLengthBetween(0, 12), booleans().all())
                .checkAssert((any, ascii, keep) -> {
                    String[] texts = {any, ascii, any + "\n" + ascii};
                    DocxStyles[] styles = {DocxStyles.CELL, DocxStyles.TICK, DocxStyles.CELL_CENTERED};
                    try {
                        assertThat(textRow(texts, styles, keep)).isEqualTo(poiRow(texts, styles, keep));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
