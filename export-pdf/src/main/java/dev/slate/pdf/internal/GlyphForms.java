package dev.slate.pdf.internal;

import dev.slate.core.StyledText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Text drawn as filled outlines, each glyph written once per document as a form XObject that every
 * later use refers to: a lined script repeats its labels' few letters thousands of times, and a
 * reference costs a tenth of the outline. The forms set no colour, so they fill in the colour of
 * the page where they are drawn.
 */
final class GlyphForms {

    private final PDDocument document;
    private final FontBook fonts;
    private final TextPainter painter;
    private final Map<Face, Map<Integer, PDFormXObject>> forms = new IdentityHashMap<>();

    GlyphForms(PDDocument document, FontBook fonts, TextPainter painter) {
        this.document = document;
        this.fonts = fonts;
        this.painter = painter;
    }

    /** The width of plain text at a size, in points; fails as the painter does for a character no font draws. */
    float width(String text, float size, Supplier<String> where) throws IOException {
        return painter.width(StyledText.of(text), size, where);
    }

    /** Draws plain text with its left end at x and its baseline at y. */
    void draw(PDPageContentStream out, String text, float x, float y, float size, Supplier<String> where)
            throws IOException {
        width(text, size, where); // a character no font can draw stops here, named
        float at = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String character = new String(Character.toChars(cp));
            i += character.length();
            Face face = fonts.face(cp, Styles.REGULAR);
            PDFormXObject form = form(face, cp);
            if (form != null) {
                out.saveGraphicsState();
                out.transform(new Matrix(size / 1000, 0, 0, size / 1000, at, y));
                out.drawForm(form);
                out.restoreGraphicsState();
            }
            at += face.width(character) / 1000 * size;
        }
    }

    /** The form of a glyph, 1000 units to the em; null for one without an outline (a space). */
    private PDFormXObject form(Face face, int codePoint) throws IOException {
        Map<Integer, PDFormXObject> known = forms.computeIfAbsent(face, f -> new HashMap<>());
        if (known.containsKey(codePoint)) {
            return known.get(codePoint);
        }
        GeneralPath outline = face.outline(codePoint);
        PDAppearanceStream form = null; // a form XObject that PDFBox lets a page content stream write
        if (outline != null && !outline.getBounds2D().isEmpty()) {
            Rectangle2D box = outline.getBounds2D();
            form = new PDAppearanceStream(document);
            form.setBBox(new PDRectangle((float) box.getX(), (float) box.getY(), (float) box.getWidth(),
                    (float) box.getHeight()));
            try (PDPageContentStream shape = new PDPageContentStream(document, form)) {
                TextPainter.append(shape, outline.getPathIterator(null));
                shape.fill();
            }
        }
        known.put(codePoint, form);
        return form;
    }
}
