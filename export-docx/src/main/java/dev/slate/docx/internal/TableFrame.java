package dev.slate.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;

/** The frame every printed table shares: fixed column widths, grey borders, cell margins. */
final class TableFrame {

    /** The grey of every table rule. */
    static final String BORDER = "808080";

    private TableFrame() {
    }

    /** The sum of the column widths, in twips. */
    static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    /** Width, fixed layout, grid, borders and cell margins. */
    static void apply(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total(widths)));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.getCTTbl().setTblGrid(grid);
        table.setTopBorder(XWPFBorderType.SINGLE, 6, 0, BORDER);
        table.setBottomBorder(XWPFBorderType.SINGLE, 6, 0, BORDER);
        table.setLeftBorder(XWPFBorderType.SINGLE, 6, 0, BORDER);
        table.setRightBorder(XWPFBorderType.SINGLE, 6, 0, BORDER);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setCellMargins(30, 60, 30, 60);
    }

    /** A cell {@code width} twips wide, spanning {@code span} grid columns. */
    static XWPFTableCell cell(XWPFTableCell cell, int width, int span) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return cell;
    }
}
