package dev.slate.docx.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.layout.Paper;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One rendering of a storyboard sheet: a table of frames, three across, whose rows are sized so that
 * two (or three) fill a landscape page; a header row naming the sheet repeats on every page.
 */
public final class StoryboardSheet {

    private static final int ACROSS = 3;
    /** The page height the rows share: the text height less the header row and a little air. */
    private static final int HEADER_ROW_TWIPS = 400;

    private final Paper paper;
    private final ShotListOptions options;
    private final StoryboardSource source;
    private final long maxPixels;
    private final Consumer<StoryboardProblem> problems;
    private final int rowsPerPage;
    private final Screenplay screenplay;

    public StoryboardSheet(Paper paper, ShotListOptions options, StoryboardSource source, long maxPixels,
                           Consumer<StoryboardProblem> problems, int framesPerPage, Screenplay screenplay) {
        this.paper = paper;
        this.options = options;
        this.source = source;
        this.maxPixels = maxPixels;
        this.problems = problems;
        this.rowsPerPage = framesPerPage / ACROSS;
        this.screenplay = screenplay;
    }

    public byte[] toBytes() {
        int width = WordPackage.textWidth(paper);
        int cellWidth = width / ACROSS;
        // Page height less margins, the page header and footer, the repeated header row, and captions.
        int rowHeight = (WordPackage.twips(paper.width()) - 2 * WordPackage.MARGIN - 700 - HEADER_ROW_TWIPS) / rowsPerPage;
        double captionPt = rowsPerPage == 2 ? 62 : 52;
        double imageHeightPt = rowHeight / 20.0 - captionPt;
        double imageWidthPt = (cellWidth - 200) / 20.0;
        Boards boards = Boards.load(screenplay, source, imageWidthPt, imageHeightPt, maxPixels);
        boards.problems().forEach(problems);
        ShotList list = options.list(screenplay);
        List<Frame> frames = new ArrayList<>();
        for (ShotList.SceneSection section : list.sections()) {
            section.shots().forEach(shot -> frames.add(new Frame(section.number(), shot)));
        }
        try (XWPFDocument doc = WordPackage.create()) {
            WordPackage.properties(doc, options.title(screenplay) + " storyboards", Optional.empty());
            ShotTables.text(doc.createParagraph(), DocxStyles.TITLE, ParagraphAlignment.LEFT,
                    options.title(screenplay) + options.unit().map(u -> " \u2014 " + u).orElse(""));
            XWPFTable table = doc.createTable();
            table.removeRow(0);
            frame(table, width, cellWidth);
            XWPFTableRow header = row(table, HEADER_ROW_TWIPS, STHeightRule.AT_LEAST);
            header.setRepeatHeader(true);
            XWPFTableCell title = cell(header, width, ACROSS);
            ShotTables.text(title.getParagraphs().get(0), DocxStyles.HEADER, ParagraphAlignment.LEFT,
                    "Storyboards: " + frames.size() + (frames.size() == 1 ? " shot" : " shots")
                            + ", empty frames to sketch in");
            if (frames.isEmpty()) {
                XWPFTableRow row = row(table, HEADER_ROW_TWIPS, STHeightRule.AT_LEAST);
                ShotTables.text(cell(row, width, ACROSS).getParagraphs().get(0), DocxStyles.TOTAL,
                        ParagraphAlignment.LEFT, "No shots planned.");
            }
            for (int i = 0; i < frames.size(); i += ACROSS) {
                XWPFTableRow row = row(table, rowHeight, STHeightRule.EXACT);
                for (int j = 0; j < ACROSS; j++) {
                    XWPFTableCell cell = cell(row, cellWidth, 1);
                    if (i + j < frames.size()) {
                        fill(cell, frames.get(i + j), boards, (int) (imageHeightPt / 11 / 2) - 1);
                    }
                }
            }
            doc.createParagraph().setStyle(DocxStyles.SPACER.id());
            WordPackage.header(doc, WordPackage.pageHeading(options, screenplay, "Storyboards"));
            WordPackage.footer(doc);
            WordPackage.landscape(doc, paper);
            return WordPackage.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the storyboard sheet: " + e.getMessage(), e);
        }
    }

    private record Frame(String scene, Shot shot) {
    }

    /** The board (or an empty frame), then the caption: scene and shot, size, move, lens; the description. */
    private static void fill(XWPFTableCell cell, Frame frame, Boards boards, int blankLines) {
        Shot shot = frame.shot();
        XWPFParagraph image = cell.getParagraphs().get(0);
        Optional<Boards.Board> board = boards.of(shot);
        if (board.isPresent() && board.get() instanceof Boards.Picture picture) {
            ShotTables.picture(image, picture);
        } else {
            ShotTables.frame(image, board.map(b -> b instanceof Boards.Frame f ? f.label()
                    : ((Boards.Link) b).url()).orElse(""), blankLines);
        }
        List<String> facts = new ArrayList<>();
        facts.add("Sc. " + frame.scene() + "  Shot " + shot.number());
        for (ShotListColumn column : List.of(ShotListColumn.SIZE, ShotListColumn.MOVEMENT, ShotListColumn.LENS)) {
            String text = column.cell(shot);
            if (!text.isEmpty()) {
                facts.add(text);
            }
        }
        ShotTables.text(cell.addParagraph(), DocxStyles.HEADER, ParagraphAlignment.LEFT,
                String.join("  \u00b7  ", facts));
        if (!shot.description().isEmpty()) {
            ShotTables.text(cell.addParagraph(), DocxStyles.CELL, ParagraphAlignment.LEFT, shot.description());
        }
    }

    private static void frame(XWPFTable table, int width, int cellWidth) {
        var pr = table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        var grid = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid.Factory.newInstance();
        for (int i = 0; i < ACROSS; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(cellWidth));
        }
        table.getCTTbl().setTblGrid(grid);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "808080");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setCellMargins(60, 100, 60, 100);
    }

    private static XWPFTableRow row(XWPFTable table, int height, STHeightRule.Enum rule) {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        row.setCantSplitRow(true);
        var trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        var h = trPr.addNewTrHeight();
        h.setVal(BigInteger.valueOf(height));
        h.setHRule(rule);
        return row;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width, int span) {
        return TableFrame.cell(row.addNewTableCell(), width, span);
    }
}
