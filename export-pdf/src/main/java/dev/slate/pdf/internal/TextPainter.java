package dev.slate.pdf.internal;

import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.pdf.MissingGlyphException;
import dev.slate.pdf.PdfRenderException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws styled text: each character in the first face that can draw it, underlined runs with a
 * line beneath, a synthetic bold stroked as well as filled and a synthetic italic slanted; lines of a
 * page share one text object, and the font is set only when it changes. A character no face can draw
 * stops the render with a message naming it and where.
 */
final class TextPainter {

    /** A run of text in one face, chosen for a style of {@link Styles}. */
    private record Run(Face face, int style, String text, boolean underline) {
        float width(float size) throws IOException {
            return face.width(text) / 1000 * size;
        }
    }

    /** The slant of a synthetic italic: about 12 degrees, as typesetters slant an oblique. */
    private static final float SLANT = 0.21f;
    /** The stroke of a synthetic bold, as a share of the font size. */
    private static final float BOLD_STROKE = 0.03f;

    private final FontBook fonts;
    /** The text state of the open text object: one painter per render, used by one thread. */
    private final List<float[]> underlines = new ArrayList<>();
    private Face currentFace;
    private float currentSize;
    private boolean stroking;
    /** Where the text shown is noted, for a page that a later render may keep; null when not noted. */
    private FontUses noting;

    TextPainter(FontBook fonts) {
        this.fonts = fonts;
    }

    /** Notes the text shown from now on in {@code uses}, or no longer when it is null. */
    void note(FontUses uses) {
        noting = uses;
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
        stroking = false;
        underlines.clear();
    }

    /** Places text in the open text object, setting the font only when it changes. */
    void show(PDPageContentStream out, StyledText text, float x, float y, float size, Supplier<String> where)
            throws IOException {
        List<Run> runs = runs(text, where);
        if (runs.isEmpty()) {
            return;
        }
        float at = x;
        boolean slanted = false;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (i == 0 || run.face().fakeItalic() != slanted) {
                slanted = run.face().fakeItalic();
                out.setTextMatrix(new Matrix(1, 0, slanted ? SLANT : 0, 1, at, y));
            }
            if (run.face() != currentFace || size != currentSize) {
                out.setFont(run.face().font(), size);
                currentFace = run.face();
                currentSize = size;
            }
            if (run.face().fakeBold() != stroking) {
                stroking = run.face().fakeBold();
                out.setRenderingMode(stroking ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (stroking) {
                    out.setLineWidth(size * BOLD_STROKE);
                }
            }
            out.showText(run.text());
            if (noting != null) {
                noting.shown(run.face(), run.style(), run.text());
            }
            float width = run.width(size);
            if (run.underline()) {
                underlines.add(new float[] {at, y - size / 8, width, size / 20});
            }
            at += width;
        }
    }

    /**
     * Draws text as filled outlines, not as text, so that it neither copies out nor mixes with the
     * page's text: the watermark. The current transformation places it; x and y are in its space.
     */
    void drawShapes(PDPageContentStream out, StyledText text, float x, float y, float size, Supplier<String> where)
            throws IOException {
        float at = x;
        AffineTransform place = new AffineTransform();
        for (Run run : runs(text, where)) {
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                String character = new String(Character.toChars(cp));
                i += character.length();
                GeneralPath outline = run.face().outline(cp);
                if (outline != null) {
                    place.setToTranslation(at, y);
                    place.scale(size / 1000, size / 1000);
                    append(out, outline.getPathIterator(place));
                }
                at += run.face().width(character) / 1000 * size;
            }
        }
        out.fill();
    }

    /** Adds an outline to the current path of a page or form. */
    static void append(PDPageContentStream out, PathIterator path) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> out.moveTo(lastX = c[0], lastY = c[1]);
                case PathIterator.SEG_LINETO -> out.lineTo(lastX = c[0], lastY = c[1]);
                case PathIterator.SEG_QUADTO -> { // a TrueType curve, raised to the cubic PDF draws
                    out.curveTo(lastX + 2 * (c[0] - lastX) / 3, lastY + 2 * (c[1] - lastY) / 3,
                            c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.closePath();
            }
        }
    }

    /** Closes the text object and draws the underlines of the text shown in it. */
    void end(PDPageContentStream out) throws IOException {
        if (stroking) { // the rendering mode outlives the text object
            out.setRenderingMode(RenderingMode.FILL);
            stroking = false;
        }
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
            int style = Styles.of(styles);
            boolean underline = styles.contains(Style.UNDERLINE);
            String s = shown(span.text());
            Face currentFace = null;
            int start = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                Face face = fonts.face(cp, style);
                if (face == null) {
                    throw missing(cp, text, where, fonts.searchesInstalledFonts());
                }
                if (face != currentFace && i > start) {
                    runs.add(new Run(currentFace, style, s.substring(start, i), underline));
                    start = i;
                }
                currentFace = face;
                i += Character.charCount(cp);
            }
            if (s.length() > start) {
                runs.add(new Run(currentFace, style, s.substring(start), underline));
            }
        }
        return runs;
    }

    /**
     * The characters of a span as drawn: invisible ones (zero-width spaces, joiners, marks) left out,
     * control characters and other spaces drawn as a space; the span's own string when none is there.
     */
    private static String shown(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x7F) { // printable ASCII, drawn as it is
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT || cp < ' ' || Character.isSpaceChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            out.appendCodePoint(cp < ' ' || Character.isSpaceChar(cp) ? ' ' : cp);
        }
        return out.toString();
    }

    private static PdfRenderException missing(int cp, StyledText text, Supplier<String> where, boolean installed) {
        String naming = "fallbackFont(FontSource.file(...))";
        String remedy = installed ? MissingGlyphException.remedy(cp, naming) : "name a font that covers it with " + naming;
        return new MissingGlyphException(cp, String.format("no font can draw '%s' (U+%04X) in %s: \"%s\". %s.",
                new String(Character.toChars(cp)), cp, where.get(), text.plain(),
                Character.toUpperCase(remedy.charAt(0)) + remedy.substring(1)));
    }
}
