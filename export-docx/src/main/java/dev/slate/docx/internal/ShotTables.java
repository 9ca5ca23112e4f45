package dev.slate.docx.internal;

import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.core.shot.Setups;
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
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the shot tables: one table per scene, whose first two rows are the column header and the
 * scene heading, then a row per shot and the scene's totals row; the grand total is the last row of
 * the last table. Slate breaks the pages itself ({@link PagePlan}): where a scene runs over a page,
 * its table ends and a new one on the next page repeats the header with the scene row "(cont'd)".
 * The two rows are still marked to repeat, should a word processor break a table where Slate did
 * not. An empty paragraph in the spacer style separates the tables, so that word processors do not
 * join them; a page break sits on it. No row splits across pages.
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
    private final ShotCells cells;
    /** The paragraph style of each column's shot cells. */
    private final DocxStyles[] cellStyles;
    private final PagePlan plan;
    private final RowHeights heights;
    private final int headerHeight;
    private static final int SPACER_HEIGHT = RowHeights.empty(DocxStyles.SPACER);
    private ShotList list;
    /** The first table: every row's wrapper names it, as rows only need a table for their cells' body. */
    private XWPFTable owner;
    private CTTbl table;
    private CTRow lastRow;
    /** The rows written as text, by marker number. */
    private final List<StringBuilder> rowText = new ArrayList<>();
    private static final String MARKER = "slate-rows-";
    /** Marks where a table after the first starts with the first's frame and header, as saved. */
    private static final String FRAME = "slate-frame";

    /**
     * @param boards the storyboards, or null when the storyboard column is not shown
     * @param plan   the page plan, which already holds what precedes the tables on the first page
     */
    ShotTables(XWPFDocument doc, List<ShotListColumn> columns, int[] widths, Boards boards, ShotCells cells,
               PagePlan plan) {
        this.doc = doc;
        this.plan = plan;
        this.heights = new RowHeights(widths);
        this.columns = columns;
        this.widths = widths;
        this.boards = boards;
        this.cells = cells;
        this.cellStyles = new DocxStyles[columns.size()];
        for (int c = 0; c < cellStyles.length; c++) {
            cellStyles[c] = columns.get(c) == ShotListColumn.TICK ? DocxStyles.TICK : style(columns.get(c));
        }
        DocxStyles[] headerStyles = new DocxStyles[columns.size()];
        Arrays.fill(headerStyles, DocxStyles.HEADER);
        this.headerHeight = heights.row(headerStyles, columns.stream().map(ShotListColumn::header).toArray(String[]::new));
    }

    void write(ShotList list) {
        this.list = list;
        List<Spec> specs = new ArrayList<>();
        if (list.sections().isEmpty()) {
            specs.add(new Spec(null, null, false, new ArrayList<>(List.of(
                    new Span(DocxStyles.TOTAL, ParagraphAlignment.LEFT, "No scenes.", false)))));
        }
        if (list.order() == ShotListOrder.DAY) {
            for (ShotList.Day day : list.days()) {
                if (day.sections().isEmpty()) { // a day of meals and moves, or of scenes the script lacks
                    specs.add(new Spec(null, day, true, new ArrayList<>(List.of(new Span(DocxStyles.TOTAL,
                            ParagraphAlignment.LEFT, "No scene of the script this day.", false)))));
                }
                for (ShotList.SceneSection section : day.sections()) {
                    specs.add(new Spec(section, day, section == day.sections().get(0), body(section)));
                }
                specs.get(specs.size() - 1).body().add(new Span(DocxStyles.TOTAL, ParagraphAlignment.RIGHT,
                        day.name() + ": " + Texts.totals(day.totals()), true));
            }
        } else {
            list.sections().forEach(section -> specs.add(new Spec(section, null, false, body(section))));
        }
        // The grand total ends the last table, kept with the row above it: never a page of its own.
        specs.get(specs.size() - 1).body().add(new Span(DocxStyles.TOTAL, ParagraphAlignment.RIGHT,
                "Total: " + Texts.totals(list.totals()), true));
        for (int t = 0; t < specs.size(); t++) {
            table(specs.get(t), t == 0, t == specs.size() - 1);
        }
        spacer(doc);
    }

    /**
     * One table as planned: the column header and (for a scene) the scene row, then {@code body}:
     * setups, shots and rows of one cell, the last of them the day's or the list's totals.
     *
     * @param section  the scene, or null for a table of a message only
     * @param day      the shooting day the table belongs to in a list by day, else null
     * @param dayStart whether the table opens its day, under the day's heading
     */
    private record Spec(ShotList.SceneSection section, ShotList.Day day, boolean dayStart, List<Object> body) {
    }

    /** A row of one cell across the table. */
    private record Span(DocxStyles style, ParagraphAlignment alignment, String text, boolean bold) {
    }

    /** A scene's rows below its heading: its setups and shots in print order, and its totals. */
    private List<Object> body(ShotList.SceneSection section) {
        List<Object> rows = new ArrayList<>();
        if (section.shots().isEmpty()) {
            rows.add(new Span(DocxStyles.TOTAL, ParagraphAlignment.LEFT, "No shots planned for this scene.", false));
            return rows;
        }
        if (list.order() != ShotListOrder.SCRIPT) {
            for (Setups.Setup setup : section.setups()) {
                rows.add(setup);
                rows.addAll(setup.shots());
            }
        } else {
            rows.addAll(section.shots());
        }
        rows.add(new Span(DocxStyles.TOTAL, ParagraphAlignment.RIGHT, "Scene " + section.number() + ": "
                + Texts.totals(section.totals()), false));
        return rows;
    }

    /**
     * Plans a table's pages, then writes it: where the plan breaks, the table ends, and a new one on
     * the next page repeats the column header and the scene row, which reads "(cont'd)".
     */
    private void table(Spec spec, boolean first, boolean last) {
        int head = spec.section() == null ? 1 : 2;
        int n = head + spec.body().size();
        String dayHeading = spec.dayStart() ? spec.day().heading() : null;
        PagePlan.Breaks breaks = plan(spec, head, dayHeading, first, last);
        if (dayHeading != null) {
            dayHeading(dayHeading, breaks.before());
        } else if (breaks.before()) {
            spacer(doc).setPageBreak(true);
        } else if (!first) {
            spacer(doc);
        }
        newTable();
        if (spec.section() != null) {
            sceneRow(spec.section(), spec.day(), spec.section().continued());
        }
        int shots = spec.section() == null ? 0 : spec.section().shots().size();
        int done = 0;
        int nextBreak = 0;
        boolean afterSpan = false;
        StringBuilder text = null;
        for (int i = head; i < n; i++) {
            if (nextBreak < breaks.at().length && breaks.at()[nextBreak] == i) {
                nextBreak++;
                spacer(doc).setPageBreak(true);
                newTable();
                if (spec.section() != null) {
                    sceneRow(spec.section(), spec.day(), true);
                }
                text = null;
            }
            Object row = spec.body().get(i - head);
            if (row instanceof Setups.Setup setup) {
                setupRow(setup);
                text = null;
            } else if (row instanceof Shot shot) {
                // The totals row never begins a page alone, nor with a single shot: the last two shot
                // rows are kept with what follows them (Slate's page plan keeps them so; this tells
                // the word processor too).
                boolean keep = done++ >= shots - 2;
                if (boards != null && boards.of(shot).isPresent()) {
                    CTRow picture = shotRow(shot); // a picture needs POI for its part and relationship
                    if (keep) {
                        keepWithNext(picture);
                    }
                    text = null;
                } else {
                    if (text == null) {
                        text = rowsHere();
                    }
                    RowXml.row(text, cellStyles, cells.of(shot), keep);
                }
            } else {
                Span span = (Span) row;
                if (afterSpan) {
                    keepWithNext(lastRow); // the day's and the list's totals stay with the row above
                }
                spanRow(span.style(), span.alignment(), span.text(), span.bold());
                afterSpan = true;
                text = null;
            }
        }
    }

    /** Where the table's pages break, from the estimated height of each of its rows. */
    private PagePlan.Breaks plan(Spec spec, int head, String dayHeading, boolean first, boolean last) {
        int n = head + spec.body().size();
        PagePlan.Kind[] kinds = new PagePlan.Kind[n];
        int[] rowHeights = new int[n];
        Arrays.fill(kinds, 0, head, PagePlan.Kind.HEADING);
        rowHeights[0] = headerHeight;
        int continuation = SPACER_HEIGHT + headerHeight;
        if (spec.section() != null) {
            ShotList.SceneSection section = spec.section();
            rowHeights[1] = heights.scene(String.join("", sceneText(section, spec.day(), section.continued())));
            continuation += heights.scene(String.join("", sceneText(section, spec.day(), true)));
        }
        for (int i = head; i < n; i++) {
            Object row = spec.body().get(i - head);
            if (row instanceof Setups.Setup setup) {
                kinds[i] = PagePlan.Kind.SETUP;
                rowHeights[i] = heights.span(DocxStyles.SETUP, setupText(setup), false);
            } else if (row instanceof Shot shot) {
                kinds[i] = PagePlan.Kind.SHOT;
                rowHeights[i] = shotHeight(shot);
            } else {
                Span span = (Span) row;
                kinds[i] = PagePlan.Kind.TOTAL;
                rowHeights[i] = heights.span(span.style(), span.text(), span.bold());
            }
        }
        if (last) {
            rowHeights[n - 1] += SPACER_HEIGHT; // the paragraph that ends the document
        }
        // The first table has no spacer before it unless it starts a new page: counted anyway, to be safe.
        int lead = dayHeading != null ? heights.paragraph(DocxStyles.DAY, dayHeading, false) : SPACER_HEIGHT;
        return plan.table(kinds, rowHeights, lead, continuation, spec.dayStart() && !first);
    }

    /** A shot's row height, with its storyboard where the column is shown. */
    private int shotHeight(Shot shot) {
        String[] texts = cells.of(shot);
        if (boards == null || boards.of(shot).isEmpty()) {
            return heights.row(cellStyles, texts);
        }
        int tallest = 0;
        for (int c = 0; c < texts.length; c++) {
            int cell;
            if (columns.get(c) != ShotListColumn.STORYBOARD) {
                cell = heights.cell(c, cellStyles[c], texts[c]);
            } else {
                Boards.Board board = boards.of(shot).get();
                if (board instanceof Boards.Picture picture) {
                    cell = RowHeights.picture(picture.heightEmu() / 12700.0);
                } else if (board instanceof Boards.Link link) {
                    cell = heights.cell(c, DocxStyles.CELL, link.url());
                } else {
                    cell = heights.frame(c, ((Boards.Frame) board).label());
                }
            }
            tallest = Math.max(tallest, cell);
        }
        return RowHeights.rowOf(tallest);
    }

    /** A day's heading, kept with its first table; each day after the first starts a new page. */
    private void dayHeading(String heading, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        text(p, DocxStyles.DAY, ParagraphAlignment.LEFT, heading);
        p.setKeepNext(true);
        if (newPage) {
            p.setPageBreak(true);
        }
    }

    /**
     * An empty paragraph, a few points high: two tables with nothing between them would be read as
     * one, and the document must end with a paragraph.
     */
    private static XWPFParagraph spacer(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.SPACER.id());
        return p;
    }

    /** A new table with its frame and the column header. */
    private void newTable() {
        if (owner == null) {
            owner = doc.createTable();
            owner.removeRow(0);
            TableFrame.apply(owner, widths);
            table = owner.getCTTbl();
            header();
        } else {
            // Every table's frame and column header are the first's: written once, copied as text.
            table = doc.getDocument().getBody().addNewTbl();
            try (XmlCursor cursor = table.newCursor()) {
                cursor.toEndToken();
                cursor.insertComment(FRAME);
            }
        }
    }

    /** The column header: repeats on every page of the table and never ends a page alone. */
    private void header() {
        XWPFTableRow row = newRow();
        row.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = TableFrame.cell(row.addNewTableCell(), widths[c], 1);
            cell.setColor(HEADER_FILL);
            XWPFParagraph p = cell.getParagraphs().get(0);
            text(p, DocxStyles.HEADER, align(columns.get(c)), columns.get(c).header());
            p.setKeepNext(true);
        }
    }

    /**
     * Second header row: repeats with the column header, so every page of the scene names it (and,
     * by day, the day); on a page the scene continues on, and where a scene is met again (the later
     * part of a scene shot over days), it reads "(cont'd)".
     */
    private void sceneRow(ShotList.SceneSection section, ShotList.Day day, boolean continued) {
        XWPFTableRow row = newRow();
        row.setRepeatHeader(true);
        XWPFTableCell cell = spanCell(row);
        cell.setColor(SCENE_FILL);
        rule(cell);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.SCENE.id());
        p.setKeepNext(true); // the heading never ends a page without its first shot
        String[] text = sceneText(section, day, continued);
        p.createRun().setText(Texts.clean(text[0]));
        if (!text[1].isEmpty()) {
            XWPFRun rest = p.createRun();
            rest.setBold(false);
            rest.setText(Texts.clean(text[1]));
        }
    }

    /** The scene row's text: the scene in bold, and the facts after it (or an empty string). */
    private static String[] sceneText(ShotList.SceneSection section, ShotList.Day day, boolean continued) {
        String prefix = day == null ? "" : day.name() + "  \u00b7  ";
        String number = prefix + "Scene " + section.number() + (continued ? " (cont'd)" : "")
                + "   " + section.heading().text();
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
        return new String[] {number, facts.length() == 0 ? "" : "      " + facts};
    }

    /** A row naming a setup before its shots, in shooting order: what the crew sets up, and how long it takes. */
    private void setupRow(Setups.Setup setup) {
        XWPFTableRow row = newRow();
        XWPFParagraph p = spanCell(row).getParagraphs().get(0);
        text(p, DocxStyles.SETUP, ParagraphAlignment.LEFT, setupText(setup));
        p.setKeepNext(true); // a setup's row never ends a page without its first shot
    }

    private static String setupText(Setups.Setup setup) {
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
        return String.join("  \u00b7  ", facts);
    }

    private static void keepWithNext(CTRow row) {
        for (CTTc cell : row.getTcArray()) {
            for (CTP p : cell.getPArray()) {
                CTPPr pr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
                (pr.isSetKeepNext() ? pr.getKeepNext() : pr.addNewKeepNext()).setVal(STOnOff1.ON);
            }
        }
    }

    /**
     * A shot's row with a storyboard picture, written to the XML directly as POI's cells, paragraphs
     * and runs would write it (the rows without pictures are written as text, {@link RowXml}).
     */
    private CTRow shotRow(Shot shot) {
        CTRow row = newCtRow();
        for (int c = 0; c < columns.size(); c++) {
            ShotListColumn column = columns.get(c);
            // No width of its own: the fixed grid and the header row give it, and a long list stays small.
            CTP p = row.addNewTc().addNewP();
            if (column == ShotListColumn.STORYBOARD && boards.of(shot).isPresent()) {
                board(new XWPFParagraph(p, doc), boards.of(shot).get());
            } else {
                text(p, cellStyles[c], cells.of(shot)[c]);
            }
        }
        return row;
    }

    /** As {@link #text(XWPFParagraph, DocxStyles, ParagraphAlignment, String)} left-aligned, on the XML. */
    private static void text(CTP p, DocxStyles style, String text) {
        p.addNewPPr().addNewPStyle().setVal(style.id());
        if (text.isEmpty()) {
            return;
        }
        CTR run = p.addNewR();
        String[] lines = Texts.clean(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            CTText t = run.addNewT();
            t.setStringValue(lines[i]);
            String line = lines[i];
            if (!line.isEmpty() && (Character.isWhitespace(line.charAt(0))
                    || Character.isWhitespace(line.charAt(line.length() - 1)))) {
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    /**
     * Marks the end of the table for rows written as text ({@link RowXml}), which
     * {@link #withRows(String)} puts there in the saved XML: a comment, which no text of the list can
     * make, as text and attributes escape their {@code <}.
     */
    private StringBuilder rowsHere() {
        try (XmlCursor cursor = table.newCursor()) {
            cursor.toEndToken();
            cursor.insertComment(MARKER + rowText.size());
        }
        StringBuilder rows = new StringBuilder(4096);
        rowText.add(rows);
        return rows;
    }

    /**
     * Writes the document's XML as saved with the marked rows in their places, and every table's
     * frame and column header as the first table's were saved.
     */
    void withRows(String xml, Writer out) throws IOException {
        String open = "<!--slate-";
        int first = xml.indexOf(open);
        if (first < 0) {
            out.write(xml);
            return;
        }
        int tableStart = xml.indexOf("<w:tbl>") + "<w:tbl>".length();
        String frame = xml.substring(tableStart, xml.indexOf("</w:tr>", tableStart) + "</w:tr>".length());
        char[] buffer = new char[8192];
        int at = 0;
        for (int i = first; i >= 0; i = xml.indexOf(open, at)) {
            int end = xml.indexOf("-->", i);
            String marker = xml.substring(i + 4, end);
            out.write(xml, at, i - at);
            if (marker.equals(FRAME)) {
                out.write(frame);
            } else {
                StringBuilder rows = rowText.get(Integer.parseInt(marker.substring(MARKER.length())));
                for (int from = 0; from < rows.length(); from += buffer.length) {
                    int n = Math.min(buffer.length, rows.length() - from);
                    rows.getChars(from, from + n, buffer, 0);
                    out.write(buffer, 0, n);
                }
            }
            at = end + 3;
        }
        out.write(xml, at, xml.length() - at);
    }



    /** An empty box to tick; ticked for a shot in the can, crossed for a shot cut. */
    static String tick(Shot shot) {
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
        return new XWPFTableRow(newCtRow(), owner);
    }

    /** A row that never splits across pages, appended through the XML (XWPFTable's methods count the rows each time). */
    private CTRow newCtRow() {
        CTRow row = table.addNewTr();
        row.addNewTrPr().addNewCantSplit().setVal(STOnOff1.ON);
        lastRow = row;
        return row;
    }

    private XWPFTableCell spanCell(XWPFTableRow row) {
        return TableFrame.cell(row.addNewTableCell(), total(), columns.size());
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
