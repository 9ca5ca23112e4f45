package dev.slate.fdx.internal;

import dev.slate.core.layout.Paper;

import java.util.List;

/**
 * Final Draft's standard element settings (FDX.md section 8, FD13 column; FORMAT.md), written into
 * every file so that Final Draft lays the script out as Slate does whatever its own defaults are.
 * Indents are inches from the left paper edge; on A4 the right indents of full-width elements end at
 * A4's narrower text edge.
 */
final class ElementSpecs {

    /** One type's settings. */
    record Spec(String type, String style, String alignment, double left, double right, double firstIndent,
                int spaceBefore, boolean newPage, String paginateAs, String returnKey) {
    }

    private static final double A4_NARROWER = 0.23;
    private static final List<Spec> STANDARD = List.of(
            new Spec("General", "", "Left", 1.50, 7.50, 0, 0, false, "General", "General"),
            new Spec("Scene Heading", "AllCaps", "Left", 1.50, 7.50, 0, 24, false, "Scene Heading", "Action"),
            new Spec("Action", "", "Left", 1.50, 7.50, 0, 12, false, "Action", "Action"),
            new Spec("Character", "AllCaps", "Left", 3.50, 7.25, 0, 12, false, "Character", "Dialogue"),
            new Spec("Parenthetical", "", "Left", 3.00, 5.50, -0.10, 0, false, "Parenthetical", "Dialogue"),
            new Spec("Dialogue", "", "Left", 2.50, 6.00, 0, 0, false, "Dialogue", "Action"),
            new Spec("Transition", "AllCaps", "Right", 5.50, 7.10, 0, 12, false, "Transition", "Scene Heading"),
            new Spec("Shot", "AllCaps", "Left", 1.50, 7.50, 0, 24, false, "Scene Heading", "Action"),
            new Spec("Cast List", "AllCaps", "Left", 1.50, 7.50, 0, 0, false, "Action", "Cast List"),
            new Spec("New Act", "Bold+Underline+AllCaps", "Center", 1.00, 7.50, 0, 0, true, "Scene Heading",
                    "Scene Heading"),
            new Spec("End of Act", "Bold+Underline+AllCaps", "Center", 1.00, 7.50, 0, 24, false, "Scene Heading",
                    "New Act"),
            new Spec("Lyrics", "Italic", "Left", 2.50, 6.00, 0, 0, false, "Dialogue", "Lyrics"),
            new Spec("Summary", "HiddenText", "Left", 1.50, 7.50, 0, 12, false, "General", "Action"),
            new Spec("Note", "HiddenText", "Left", 1.50, 7.50, 0, 12, false, "General", "Action"));

    private ElementSpecs() {
    }

    /** The settings of the standard types, then of {@code Outline 1} to {@code Outline deepest}. */
    static List<Spec> specs(int deepestOutline) {
        List<Spec> specs = new java.util.ArrayList<>(STANDARD);
        for (int level = 1; level <= deepestOutline; level++) {
            specs.add(new Spec("Outline " + level, "Bold+HiddenText", "Left", 1.50, 7.50, 0, 12, false, "General",
                    "Action"));
        }
        return specs;
    }

    /** Writes {@code <ElementSettings>} for each spec, for this paper. */
    static void write(XmlOut out, List<Spec> specs, Paper paper) {
        for (Spec spec : specs) {
            double right = paper == Paper.A4 && spec.right() > 7.0 ? spec.right() - A4_NARROWER : spec.right();
            out.open("ElementSettings").attribute("Type", spec.type());
            out.open("FontSpec").attribute("AdornmentStyle", "0").attribute("Background", "#FFFFFFFFFFFF")
                    .attribute("Color", "#000000000000").attribute("Font", "Courier Final Draft")
                    .attribute("RevisionID", "0").attribute("Size", "12").attribute("Style", spec.style()).end();
            out.open("ParagraphSpec").attribute("Alignment", spec.alignment())
                    .attribute("FirstIndent", inches(spec.firstIndent())).attribute("Leading", "Regular")
                    .attribute("LeftIndent", inches(spec.left())).attribute("RightIndent", inches(right))
                    .attribute("SpaceBefore", Integer.toString(spec.spaceBefore())).attribute("Spacing", "1")
                    .attribute("StartsNewPage", spec.newPage() ? "Yes" : "No").end();
            out.open("Behavior").attribute("PaginateAs", spec.paginateAs()).attribute("ReturnKey", spec.returnKey())
                    .attribute("Shortcut", "").end();
            out.close("ElementSettings");
        }
    }

    static String inches(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
