package dev.slate.pdf.internal;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page's text asked of its fonts: each face in the order the page first set it, with the
 * characters drawn in it, each once, in the order first drawn. A page kept from an earlier render asks
 * the same of the new document's fonts ({@link #askAgain}), so that its fonts are in its resources
 * under the same names and their subsets hold its glyphs, exactly as if it had been drawn again.
 */
final class FontUses {

    /**
     * The characters drawn in one face; the face is found again in another document as the first of
     * them in {@code style} finds it.
     */
    record Use(int style, String characters) {
    }

    /** Noted while a page is drawn; null once {@link #uses()} is taken. */
    private Map<Face, Noting> noting = new LinkedHashMap<>();

    private static final class Noting {
        final int style;
        final StringBuilder characters = new StringBuilder();
        final BitSet seen = new BitSet();

        Noting(int style) {
            this.style = style;
        }
    }

    /** Notes text shown in a face, in a style of {@link Styles} that chose it. */
    void shown(Face face, int style, String text) {
        Noting use = noting.computeIfAbsent(face, f -> new Noting(style));
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!use.seen.get(cp)) {
                use.seen.set(cp);
                use.characters.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
    }

    /** The page's uses, once it is drawn. */
    List<Use> uses() {
        List<Use> uses = new ArrayList<>(noting.size());
        noting.values().forEach(n -> uses.add(new Use(n.style, n.characters.toString())));
        noting = null;
        return List.copyOf(uses);
    }

    /**
     * The faces of a document that draw each use, in order; null when one of them is no longer there
     * (an installed font removed since), for the page to be drawn again and fail as a new page would.
     */
    static Face[] faces(FontBook fonts, List<Use> uses) {
        Face[] faces = new Face[uses.size()];
        for (int i = 0; i < faces.length; i++) {
            String characters = uses.get(i).characters();
            faces[i] = fonts.face(characters.codePointAt(0), uses.get(i).style());
            if (faces[i] == null) {
                return null;
            }
        }
        return faces;
    }

    /**
     * Sets each face and shows its characters, as the page did: what is written is thrown away, what
     * counts is that the fonts join the page's resources and their subsets.
     */
    static void askAgain(PDPageContentStream out, Face[] faces, List<Use> uses) throws IOException {
        out.beginText();
        for (int i = 0; i < faces.length; i++) {
            out.setFont(faces[i].font(), Geometry.FONT_SIZE);
            out.showText(uses.get(i).characters());
        }
        out.endText();
    }
}
