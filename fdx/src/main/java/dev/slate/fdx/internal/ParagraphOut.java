package dev.slate.fdx.internal;

import dev.slate.core.StyledText;

import java.util.ArrayList;
import java.util.List;

/**
 * One body paragraph about to be written: its type and text, whether it starts a page, the script
 * notes anchored before and after its text, and the parts only some paragraphs have (a scene
 * number and properties, the speeches of a dual dialogue, an alignment).
 */
final class ParagraphOut {

    final ParagraphType type;
    final String typeName;
    final StyledText text;
    boolean startsNewPage;
    final List<String> notesBefore = new ArrayList<>();
    final List<String> notesAfter = new ArrayList<>();
    String number;
    String alignment;
    /** Scene length and first page, for a heading. */
    String length;
    String page;
    /** The speeches of a dual dialogue, left then right; null for any other paragraph. */
    List<ParagraphOut> dual;

    ParagraphOut(ParagraphType type, String typeName, StyledText text) {
        this.type = type;
        this.typeName = typeName;
        this.text = text;
    }

    ParagraphOut(ParagraphType type, StyledText text) {
        this(type, type.fdx, text);
    }
}
