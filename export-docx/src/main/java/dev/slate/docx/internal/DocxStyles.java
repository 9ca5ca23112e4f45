package dev.slate.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The named paragraph styles of a shot list. Every style is based on {@link #BASE}, so changing
 * its font restyles the whole list; the others set only size, weight and spacing.
 */
public enum DocxStyles {
    BASE("ShotList", "Shot List", null, 9, false, false, 0),
    TITLE("ShotListTitle", "Shot List Title", BASE, 16, true, false, 80),
    /** A shooting day's heading in a list by day. */
    DAY("ShotListDay", "Shot List Day", BASE, 12, true, false, 80),
    INFO("ShotListInfo", "Shot List Info", BASE, 10, false, false, 40),
    HEADER("ShotListHeader", "Shot List Header", BASE, 8.5, true, false, 0),
    /** Scene rows: outline level 1, so that Word's navigation pane lists the scenes. */
    SCENE("ShotListScene", "Shot List Scene", BASE, 9.5, true, false, 0),
    /** The row naming a camera setup before its shots, in shooting order. */
    SETUP("ShotListSetup", "Shot List Setup", BASE, 8.5, true, true, 0),
    CELL("ShotListCell", "Shot List Cell", BASE, 9, false, false, 0),
    /** Short cells (shot, lens, minutes) centred by their style, not by every paragraph: a long list stays small. */
    CELL_CENTERED("ShotListCellCentered", "Shot List Cell Centered", CELL, 9, false, false, 0),
    /** The tick box, in a font that has the ballot box (Arial has none). */
    TICK("ShotListTick", "Shot List Tick", CELL, 9, false, false, 0),
    TOTAL("ShotListTotal", "Shot List Total", BASE, 8.5, false, true, 0),
    LEGEND("ShotListLegend", "Shot List Legend", BASE, 8, false, false, 0),
    FOOTER("ShotListFooter", "Shot List Footer", BASE, 8, false, false, 0),
    /** The empty paragraph between two tables: a small gap, enough to keep them apart. */
    SPACER("ShotListSpacer", "Shot List Spacer", BASE, 2, false, false, 40);

    /** The font of the whole list; LibreOffice prints it with its metric twin, Liberation Sans. */
    static final String FONT = "Arial";

    private final String id;
    private final String displayName;
    private final DocxStyles basedOn;
    private final double points;
    private final boolean bold;
    private final boolean italic;
    private final int spaceAfterTwips;

    DocxStyles(String id, String displayName, DocxStyles basedOn, double points, boolean bold, boolean italic,
               int spaceAfterTwips) {
        this.id = id;
        this.displayName = displayName;
        this.basedOn = basedOn;
        this.points = points;
        this.bold = bold;
        this.italic = italic;
        this.spaceAfterTwips = spaceAfterTwips;
    }

    /** The style id that paragraphs name in {@code w:pStyle}. */
    public String id() {
        return id;
    }

    /** The font size in points. */
    double points() {
        return points;
    }

    boolean bold() {
        return bold;
    }

    /** The space after each paragraph, in twips. */
    int spaceAfterTwips() {
        return spaceAfterTwips;
    }

    /** Adds every style to the document but {@link #DAY}, which only a list by day needs. */
    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (DocxStyles style : values()) {
            if (style != DAY) {
                styles.addStyle(new XWPFStyle(style.toCtStyle(), styles));
            }
        }
    }

    /** Adds the day heading's style, for a list by day: other documents stay as they were. */
    static void defineDay(XWPFDocument doc) {
        doc.getStyles().addStyle(new XWPFStyle(DAY.toCtStyle(), doc.getStyles()));
    }

    private CTStyle toCtStyle() {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setType(STStyleType.PARAGRAPH);
        ct.setStyleId(id);
        ct.addNewName().setVal(displayName);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn.id);
        }
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.valueOf(spaceAfterTwips));
        if (this == FOOTER || this == CELL_CENTERED || this == TICK) {
            ppr.addNewJc().setVal(STJc.CENTER);
        }
        if (this == SCENE) {
            ppr.addNewOutlineLvl().setVal(BigInteger.ZERO);
        }
        CTRPr rpr = ct.addNewRPr();
        if (this == BASE) {
            CTFonts fonts = rpr.addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            rpr.addNewLang().setVal(WordPackage.LANGUAGE);
        }
        if (this == TICK) {
            CTFonts fonts = rpr.addNewRFonts();
            fonts.setAscii(ShotTables.SYMBOL_FONT);
            fonts.setHAnsi(ShotTables.SYMBOL_FONT);
            fonts.setCs(ShotTables.SYMBOL_FONT);
        }
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(points * 2)));
        return ct;
    }
}
