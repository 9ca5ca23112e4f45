package dev.slate.docx.internal;

import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.Setups;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the shot tables: one table per scene, whose first two rows (the column header and the
 * scene heading) repeat on every page the scene runs over, then a row per shot and the scene's
 * totals row; the grand total is the last row of the last table. An empty paragraph in the spacer style
 * separates the tables, so that word processors do not join them. No row splits across pages.
 */
final class ShotTables {

    static final String TICK_BOX = "\u2610";
    private static final String TICKED_BOX = "\u2611";
    private static final String CROSSED_BOX = "\u2612";
    /** Has U+2610 on Windows; LibreOffice falls back to a font that has it (DejaVu Sans, OpenSymbol). */
    static final String SYMBOL_FONT = "Segoe UI Symbol";
    private static final String HEADER_FILL = "D9D9D9";
    private static final String SCENE_FILL = "EEEEEE";
    /** Scene rows stand out in black and white by a heavy black rule above them, not only by the grey. */
    private static final String RULE = "000000";

    private final XWPFDocument doc;
    private final List<ShotListColumn> columns;
    private final int[] widths;
    private final Boards boards;
    private ShotList list;
    private XWPFTable table;
    private XWPFTableRow lastRow;

    /** @param boards the storyboards, or null when the storyboard column is not shown */
    ShotTables(XWPFDocument doc, List<ShotListColumn> columns, int[] widths, Boards boards) {
        this.doc = doc;
        this.columns = columns;
        this.widths = widths;
        this.boards = boards;
    }

    void write(ShotList list) {
        this.list = list;
        if (list.sections().isEmpty()) {
            newTable();
            header();
            spanRow(DocxStyles.TOTAL, ParagraphAlignment.LEFT, "No scenes.", false);
        }
        if (list.order() == ShotListOrder.DAY) {
            for (int d = 0; d < list.days().size(); d++) {
                ShotList.Day day = list.days().get(d);
                dayHeading(day, d > 0); // the heading keeps the day's first table apart from the last
                day.sections().forEach(section -> scene(section, day));
                keepWithNext(lastRow);
                spanRow(DocxStyles.TOTAL, ParagraphAlignment.RIGHT, day.name() + ": " + Texts.totals(day.totals()), true);
            }
        } else {
            list.sections().forEach(section -> scene(section, null));
        }
        // The grand total ends the last table, kept with the row above it: never a page of its own.
        keepWithNext(lastRow);
        spanRow(DocxStyles.TOTAL, ParagraphAlignment.RIGHT, "Total: " + Texts.totals(list.totals()), true);
        spacer(doc);
    }

    /** One scene's table; {@code day} is the shooting day it belongs to in a list by day, else null. */
    private void scene(ShotList.Section section, ShotList.Day day) {
        if (table != null && (day == null || section != day.sections().get(0))) {
            spacer(doc);
        }
        newTable();
        header();
        sceneRow(section, day);
        if (section.shots().isEmpty()) {
            spanRow(DocxStyles.TOTAL, ParagraphAlignment.LEFT, "No shots planned for this scene.", false);
            return;
        }
        List<XWPFTableRow> rows = new ArrayList<>();
        if (list.order() != ShotListOrder.SCRIPT) {
            for (Setups.Setup setup : section.setups()) {
                setupRow(setup);
                setup.shots().forEach(shot -> rows.add(shotRow(section, shot)));
            }
        } else {
            section.shots().forEach(shot -> rows.add(shotRow(section, shot)));
        }
        // The totals row never begins a page alone, nor with a single shot: the last two shot
        // rows are kept with what follows them.
        for (int i = Math.max(0, rows.size() - 2); i < rows.size(); i++) {
            keepWithNext(rows.get(i));
        }
        spanRow(DocxStyles.TOTAL, ParagraphAlignment.RIGHT, "Scene " + section.number() + ": "
                + Texts.totals(section.totals()), false);
    }

    /** A day's heading: each day after the first starts a new page, so that a crew gets its day's pages. */
    private void dayHeading(ShotList.Day day, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        text(p, DocxStyles.DAY, ParagraphAlignment.LEFT, day.heading());
        p.setKeepNext(true);
        if (newPage) {
            p.setPageBreak(true);
        }
    }

    /**
     * An empty paragraph, a few points high: two tables with nothing between them would be read as
     * one, and the document must end with a paragraph.
     */
    private static void spacer(XWPFDocument doc) {
        doc.createParagraph().setStyle(DocxStyles.SPACER.id());
    }

    /** A new table with its frame and no rows yet. */
    private void newTable() {
        table = doc.createTable();
        table.removeRow(0);
        TableFrame.apply(table, widths);
    }

    /** The column header: repeats on every page of the table and never ends a page alone. */
    private void header() {
        XWPFTableRow row = newRow();
        row.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = cell(row.addNewTableCell(), widths[c], 1);
            cell.setColor(HEADER_FILL);
            XWPFParagraph p = cell.getParagraphs().get(0);
            text(p, DocxStyles.HEADER, align(columns.get(c)), columns.get(c).header());
            p.setKeepNext(true);
        }
    }

    /**
     * Second header row: repeats with the column header, so every page of the scene names it (and,
     * by day, the day); a scene met again, as the later part of a scene shot over days, reads "(cont'd)".
     */
    private void sceneRow(ShotList.Section section, ShotList.Day day) {
        XWPFTableRow row = newRow();
        row.setRepeatHeader(true);
        XWPFTableCell cell = spanCell(row);
        cell.setColor(SCENE_FILL);
        rule(cell);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.SCENE.id());
        p.setKeepNext(true); // the heading never ends a page without its first shot
        XWPFRun number = p.createRun();
        String prefix = day == null ? "" : day.name() + "  \u00b7  ";
        number.setText(Texts.clean(prefix + "Scene " + section.number() + (section.continued() ? " (cont'd)" : "")
                + "   " + section.heading().text()));
        StringBuilder facts = new StringBuilder();
        // Day or night as production plans it, where the time as written does not already say it.
        String dayNight = section.dayNight().map(Enum::name).filter(d -> !d.equalsIgnoreCase(section.timeOfDay()))
                .orElse("");
        for (String fact : List.of(section.interiorExterior(), section.timeOfDay(), dayNight,
                section.pages().isEmpty() ? "" : section.pages() + " pg")) {
            if (!fact.isEmpty()) {
                facts.append(facts.length() == 0 ? "" : "  \u00b7  ").append(fact);
            }
        }
        if (facts.length() > 0) {
            XWPFRun rest = p.createRun();
            rest.setBold(false);
            rest.setText(Texts.clean("      " + facts));
        }
    }

    /** A row naming a setup before its shots, in shooting order: what the crew sets up, and how long it takes. */
    private void setupRow(Setups.Setup setup) {
        List<String> facts = new ArrayList<>();
        facts.add(setup.id().map(id -> "Setup " + id).orElse("No setup"));
        Shot first = setup.shots().get(0);
        first.lens().ifPresent(l -> facts.add(l.toString()));
        String gear = ShotListColumn.GEAR.cell(first);
        if (!gear.isEmpty()) {
            facts.add(gear);
        }
        setup.setupMinutes().ifPresent(m -> facts.add("setup " + m + " min"));
        facts.add(setup.shots().size() + (setup.shots().size() == 1 ? " shot" : " shots"));
        facts.add("subtotal " + setup.totalMinutes() + " min");
        XWPFTableRow row = newRow();
        XWPFParagraph p = spanCell(row).getParagraphs().get(0);
        text(p, DocxStyles.SETUP, ParagraphAlignment.LEFT, String.join("  \u00b7  ", facts));
        p.setKeepNext(true); // a setup's row never ends a page without its first shot
    }

    private static void keepWithNext(XWPFTableRow row) {
        row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
    }

    private XWPFTableRow shotRow(ShotList.Section section, Shot shot) {
        XWPFTableRow row = newRow();
        for (int c = 0; c < columns.size(); c++) {
            ShotListColumn column = columns.get(c);
            // No width of its own: the fixed grid and the header row give it, and a long list stays small.
            XWPFTableCell cell = row.addNewTableCell();
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (column == ShotListColumn.TICK) {
                text(p, DocxStyles.TICK, ParagraphAlignment.LEFT, tick(shot));
            } else if (column == ShotListColumn.STORYBOARD && boards != null && boards.of(shot).isPresent()) {
                board(p, boards.of(shot).get());
            } else {
                text(p, style(column), ParagraphAlignment.LEFT, list.cell(section, shot, column, columns));
            }
        }
        return row;
    }

    /** An empty box to tick; ticked for a shot in the can, crossed for a shot cut. */
    private static String tick(Shot shot) {
        return shot.status().map(s -> switch (s) {
            case SHOT -> TICKED_BOX;
            case CUT -> CROSSED_BOX;
            default -> TICK_BOX;
        }).orElse(TICK_BOX);
    }

    private static void board(XWPFParagraph p, Boards.Board board) {
        if (board instanceof Boards.Picture picture) {
            picture(p, picture);
        } else if (board instanceof Boards.Link link) {
            text(p, DocxStyles.CELL, ParagraphAlignment.LEFT, link.url());
        } else if (board instanceof Boards.Frame frame) {
            frame(p, frame.label(), 1);
        }
    }

    /**
     * An empty frame to sketch in, labelled with the board's path (a board that could not be shown),
     * {@code blankLines} lines tall above and below the label.
     */
    static void frame(XWPFParagraph p, String label, int blankLines) {
        String pad = "\n".repeat(blankLines);
        text(p, DocxStyles.CELL, ParagraphAlignment.CENTER, pad + (label.isEmpty() ? " " : label) + pad);
        CTPBdr borders = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPBdr() ? p.getCTP().getPPr().getPBdr()
                : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewPBdr();
        for (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder side : List.of(borders.addNewTop(),
                borders.addNewBottom(), borders.addNewLeft(), borders.addNewRight())) {
            side.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            side.setSz(BigInteger.valueOf(6));
            side.setSpace(BigInteger.valueOf(4));
            side.setColor(TableFrame.BORDER);
        }
    }

    static void picture(XWPFParagraph p, Boards.Picture t) {
        p.setStyle(DocxStyles.CELL.id());
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(t.bytes()), t.pictureType(), t.fileName(),
                    t.widthEmu(), t.heightEmu());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("checked image refused: " + t.fileName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spanRow(DocxStyles style, ParagraphAlignment alignment, String text, boolean bold) {
        XWPFTableCell cell = spanCell(newRow());
        XWPFParagraph p = cell.getParagraphs().get(0);
        text(p, style, alignment, text);
        if (bold) {
            p.getRuns().forEach(r -> r.setBold(true));
        }
    }

    /** A 2¼ pt black rule above and a 1 pt rule below the cell, which print on any printer. */
    private static void rule(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders borders = pr.addNewTcBorders();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder top = borders.addNewTop();
        top.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(18));
        top.setColor(RULE);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder bottom = borders.addNewBottom();
        bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(8));
        bottom.setColor(RULE);
    }

    private XWPFTableRow newRow() {
        // Appended through the XML: XWPFTable's own row methods count the rows each time, which is quadratic.
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        row.setCantSplitRow(true);
        lastRow = row;
        return row;
    }

    private XWPFTableCell spanCell(XWPFTableRow row) {
        return cell(row.addNewTableCell(), total(), columns.size());
    }

    private static XWPFTableCell cell(XWPFTableCell cell, int width, int span) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return cell;
    }

    /** Text in a paragraph, one line break per line of the text. */
    static void text(XWPFParagraph p, DocxStyles style, ParagraphAlignment alignment, String text) {
        p.setStyle(style.id());
        if (alignment != ParagraphAlignment.LEFT) {
            p.setAlignment(alignment);
        }
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = p.createRun();
        String[] lines = Texts.clean(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static ParagraphAlignment align(ShotListColumn column) {
        return style(column) == DocxStyles.CELL_CENTERED ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
    }

    /** Short columns are centred: their cells take the centred style. */
    private static DocxStyles style(ShotListColumn column) {
        return switch (column) {
            case TICK, SHOT, LENS, SETUP, SETUP_MINUTES, MINUTES, FRAME_RATE, VFX, SCREEN_TIME, CAMERA, PAGE ->
                    DocxStyles.CELL_CENTERED;
            default -> DocxStyles.CELL;
        };
    }

    private int total() {
        return TableFrame.total(widths);
    }
}
