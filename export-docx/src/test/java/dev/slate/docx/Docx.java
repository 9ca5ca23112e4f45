package dev.slate.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A rendered shot list read back with POI, as a word processor would see it. */
final class Docx implements AutoCloseable {

    final XWPFDocument doc;

    Docx(byte[] bytes) {
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first table: the first scene's (or, without scenes, the header and "No scenes."). */
    XWPFTable table() {
        return doc.getTables().get(0);
    }

    /** Every table in document order: one per scene, the last ending with the grand total. */
    List<XWPFTable> tables() {
        return doc.getTables();
    }

    /** The text of every cell of every row of every table, in document order. */
    List<List<String>> rows() {
        return tables().stream().flatMap(t -> t.getRows().stream()).map(Docx::cells).toList();
    }

    /** The rows whose first cell is the tick box (empty, ticked or crossed): one per shot. */
    List<List<String>> shotRows() {
        return rows().stream().filter(r -> r.size() > 1 && BOXES.contains(r.get(0))).toList();
    }

    private static final List<String> BOXES = List.of("\u2610", "\u2611", "\u2612");

    /** The box a shot's tick cell prints: ticked when shot, crossed when cut, else empty. */
    static String box(dev.slate.core.shot.Shot shot) {
        return shot.status().map(s -> switch (s) {
            case SHOT -> "\u2611";
            case CUT -> "\u2612";
            default -> "\u2610";
        }).orElse("\u2610");
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The paragraphs before the table, as text. */
    List<String> titleBlock() {
        return doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isEmpty()).toList();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
