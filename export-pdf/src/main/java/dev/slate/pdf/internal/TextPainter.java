package dev.slate.pdf.internal;

import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.pdf.MissingGlyphException;
import dev.slate.pdf.PdfRenderException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws styled text: each character in the first face that can draw it, underlined runs with a
 * line beneath; lines of a page share one text object, and the font is set only when it changes. A character no face can draw stops the render with a message naming it and where.
 */
final class TextPainter {

    /** A run of text in one face. */
    private record Run(Face face, String text, boolean underline) {
        float width(float size) throws IOException {
            return face.font().getStringWidth(text) / 1000 * size;
        }
    }

    private final FontBook fonts;
    /** The text state of the open text object: one painter per render, used by one thread. */
    private final List<float[]> underlines = new ArrayList<>();
    private Face currentFace;
    private float currentSize;

    TextPainter(FontBook fonts) {
        this.fonts = fonts;
    }

    /** The width in points of styled text at a font size. */
    float width(StyledText text, float size, Supplier<String> where) throws IOException {
        float width = 0;
        for (Run run : runs(text, where)) {
            width += run.width(size);
        }
        return width;
    }

    /** Draws text with its left end at x and its baseline at y (points from the bottom left). */
    void draw(PDPageContentStream out, StyledText text, float x, float y, float size, Supplier<String> where)
            throws IOException {
        begin(out);
        try {
            show(out, text, x, y, size, where);
        } finally {
            end(out);
        }
    }

    /** Starts a text object in which {@link #show} places any number of lines; {@link #end} closes it. */
    void begin(PDPageContentStream out) throws IOException {
        out.beginText();
        currentFace = null;
        underlines.clear();
    }

    /** Places text in the open text object, setting the font only when it changes. */
    void show(PDPageContentStream out, StyledText text, float x, float y, float size, Supplier<String> where)
            throws IOException {
        List<Run> runs = runs(text, where);
        if (runs.isEmpty()) {
            return;
        }
        out.setTextMatrix(Matrix.getTranslateInstance(x, y));
        float at = x;
        for (Run run : runs) {
            if (run.face() != currentFace || size != currentSize) {
                out.setFont(run.face().font(), size);
                currentFace = run.face();
                currentSize = size;
            }
            out.showText(run.text());
            if (run.underline()) {
                float width = run.width(size);
                underlines.add(new float[] {at, y - size / 8, width, size / 20});
                at += width;
            } else if (runs.size() > 1) {
                at += run.width(size);
            }
        }
    }

    /** Closes the text object and draws the underlines of the text shown in it. */
    void end(PDPageContentStream out) throws IOException {
        out.endText();
        for (float[] line : underlines) {
            out.setLineWidth(line[3]);
            out.moveTo(line[0], line[1]);
            out.lineTo(line[0] + line[2], line[1]);
            out.stroke();
        }
        underlines.clear();
    }

    private List<Run> runs(StyledText text, Supplier<String> where) {
        List<Run> runs = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            Set<Style> styles = span.styles();
            boolean underline = styles.contains(Style.UNDERLINE);
            Face main = fonts.main(styles);
            String s = span.text();
            StringBuilder current = new StringBuilder();
            Face currentFace = null;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.getType(cp) == Character.FORMAT) {
                    continue; // invisible: zero-width spaces, joiners, marks
                }
                if (cp < ' ' || Character.isSpaceChar(cp)) {
                    cp = ' ';
                }
                Face face = fonts.face(cp, main);
                if (face == null) {
                    throw missing(cp, text, where);
                }
                if (face != currentFace && current.length() > 0) {
                    runs.add(new Run(currentFace, current.toString(), underline));
                    current.setLength(0);
                }
                currentFace = face;
                current.appendCodePoint(cp);
            }
            if (current.length() > 0) {
                runs.add(new Run(currentFace, current.toString(), underline));
            }
        }
        return runs;
    }

    private static PdfRenderException missing(int cp, StyledText text, Supplier<String> where) {
        String character = new String(Character.toChars(cp));
        return new MissingGlyphException(cp, String.format("no font can draw '%s' (U+%04X) in %s: \"%s\". Install a font "
                + "that covers it (for Chinese, Japanese, Korean: fonts-wqy-microhei or fonts-noto-cjk; for other "
                + "scripts: fonts-dejavu or fonts-noto) or name one with fallbackFont(FontSource.file(...)).",
                character, cp, where.get(), text.plain()));
    }
}
