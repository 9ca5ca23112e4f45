package dev.slate.fdx.internal;

import dev.slate.core.StyledText;

/** Writes one {@code <Paragraph>} of the body or of the title page. */
final class ParagraphWriter {

    private ParagraphWriter() {
    }

    static void write(XmlOut out, ParagraphOut p) {
        out.open("Paragraph");
        if (p.alignment != null) {
            out.attribute("Alignment", p.alignment);
        }
        if (p.number != null) {
            out.attribute("Number", p.number);
        }
        if (p.startsNewPage) {
            out.attribute("StartsNewPage", "Yes");
        }
        out.attribute("Type", p.typeName);
        if (p.length != null) {
            out.open("SceneProperties").attribute("Length", p.length).attribute("Page", p.page)
                    .attribute("Title", "").end();
        }
        notes(out, p.notesBefore);
        if (p.dual != null) {
            out.open("DualDialogue");
            for (ParagraphOut speech : p.dual) {
                write(out, speech);
            }
            out.close("DualDialogue");
        } else {
            Runs.write(out, p.text, p.type.capitalised(), p.type == ParagraphType.LYRICS);
        }
        notes(out, p.notesAfter);
        out.close("Paragraph");
    }

    private static void notes(XmlOut out, java.util.List<String> notes) {
        for (String note : notes) {
            out.open("ScriptNote");
            out.open("Paragraph");
            Runs.write(out, StyledText.of(note), false, false);
            out.close("Paragraph");
            out.close("ScriptNote");
        }
    }

    static void titleLine(XmlOut out, TitlePageLayout.Line line) {
        out.open("Paragraph").attribute("Alignment", line.align().fdx).attribute("LeftIndent", "1.00")
                .attribute("RightIndent", "7.50").attribute("Type", "Title Paragraph");
        Runs.write(out, line.text(), false, false);
        out.close("Paragraph");
    }
}
