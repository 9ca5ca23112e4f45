package dev.slate.pdf.internal;

import dev.slate.core.shot.Framing;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.ShotSize;
import dev.slate.pdf.TramlineColours;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the tramlines of one page as vector shapes over its text: a line, zig-zag where the shot's
 * speaker is off camera, a short bar where the shot ends, an arrow at the foot where it goes on, an
 * open cap under the top margin where it comes from the page before, and the label above it drawn
 * as letter outlines, so that the page's text copies out unchanged.
 */
final class TramlineDrawer {

    static final float LINE_WIDTH = 1;
    /** The height of an open cap and of an arrow's head. */
    static final float CAP = 4;
    /** How far an arrow reaches below the text area. */
    static final float ARROW = 5;
    /** One zig-zag a script line: points at a third and two thirds of its 12 pt. */
    static final float ZIG = 4;
    static final float LABEL_SIZE = 7;
    /** Below this a one-line label is split into number over size. */
    static final float MIN_ONE_LINE = 4.5f;
    static final float TWO_LINE_SIZE = 5;
    /** Room the label keeps from the slot's edges. */
    static final float LABEL_MARGIN = 1;

    private static final Set<ShotSize> WIDE = EnumSet.of(ShotSize.EWS, ShotSize.VWS, ShotSize.WS, ShotSize.FS);
    private static final Set<Framing> MASTER = EnumSet.of(Framing.MASTER, Framing.ESTABLISHING);
    private static final Set<Framing> MULTIPLE = EnumSet.of(Framing.TWO_SHOT, Framing.THREE_SHOT, Framing.GROUP);
    private static final Set<Framing> INSERT = EnumSet.of(Framing.INSERT, Framing.CUTAWAY);
    static final Color RED = new Color(204, 0, 0);
    static final Color BLUE = new Color(0, 0, 204);
    static final Color GREEN = new Color(0, 128, 0);
    static final Color PURPLE = new Color(128, 0, 128);
    static final Color BROWN = new Color(140, 70, 0);
    static final Color TEAL = new Color(0, 102, 102);
    /** Cameras A, B, C... in turn; there is no published standard, so these follow the shot-kind colours first. */
    static final List<Color> CAMERA_COLOURS = List.of(RED, BLUE, GREEN, PURPLE, BROWN, TEAL);

    private final GlyphForms glyphs;
    private final TramlineColours colours;

    TramlineDrawer(GlyphForms glyphs, TramlineColours colours) {
        this.glyphs = glyphs;
        this.colours = colours;
    }

    void draw(PDPageContentStream out, List<TramlinePlan.Segment> segments) throws IOException {
        if (segments.isEmpty()) {
            return;
        }
        out.saveGraphicsState();
        out.setLineWidth(LINE_WIDTH);
        for (TramlinePlan.Segment segment : segments) {
            Color colour = colour(segment.shot());
            out.setStrokingColor(colour);
            out.setNonStrokingColor(colour);
            line(out, segment);
            label(out, segment);
        }
        out.restoreGraphicsState();
    }

    /** The colour of a shot's line: by its kind, as supervisors colour them, by its camera, or black. */
    Color colour(Shot shot) {
        return switch (colours) {
            case BLACK -> Color.BLACK;
            case BY_CAMERA -> shot.camera().map(TramlineDrawer::cameraColour).orElse(Color.BLACK);
            case BY_SHOT_KIND -> kindColour(shot);
        };
    }

    /** A camera's colour by its first letter or digit ({@code A}, {@code B cam}, {@code 2}); black for any other name. */
    static Color cameraColour(String camera) {
        char first = Character.toUpperCase(camera.strip().charAt(0));
        int index = first >= 'A' && first <= 'Z' ? first - 'A' : first >= '1' && first <= '9' ? first - '1' : -1;
        return index < 0 ? Color.BLACK : CAMERA_COLOURS.get(index % CAMERA_COLOURS.size());
    }

    static Color kindColour(Shot shot) {
        boolean insert = shot.size().filter(s -> s == ShotSize.INSERT).isPresent()
                || shot.framing().filter(INSERT::contains).isPresent();
        if (insert) {
            return GREEN;
        }
        if (shot.size().filter(WIDE::contains).isPresent() || shot.framing().filter(MASTER::contains).isPresent()) {
            return RED;
        }
        if (shot.framing().filter(MULTIPLE::contains).isPresent() || shot.subjects().size() > 1) {
            return Color.BLACK;
        }
        return BLUE;
    }

    /** How far a zig-zag swings either side, kept inside the slot. */
    static float swing(float slot) {
        return Math.max(1, Math.min(3, slot / 2 - 1.5f));
    }

    private void line(PDPageContentStream out, TramlinePlan.Segment s) throws IOException {
        float x = s.x();
        float a = swing(s.slot());
        float bottom = s.onward() ? s.bottom() - ARROW : s.bottom();
        out.moveTo(x, s.top());
        float y = s.top();
        for (float[] off : merged(s.offCamera())) {
            if (off[0] < y) {
                out.lineTo(x, off[0]);
            }
            float from = Math.min(y, off[0]);
            int step = 0;
            for (float at = from - ZIG; at > off[1] + 0.01f; at -= ZIG) {
                step++;
                out.lineTo(x + (step % 3 == 1 ? a : step % 3 == 2 ? -a : 0), at);
            }
            out.lineTo(x, off[1]);
            y = off[1];
        }
        out.lineTo(x, bottom);
        if (s.onward()) { // an arrow into the foot margin
            out.moveTo(x - a, bottom + CAP * 0.75f);
            out.lineTo(x, bottom);
            out.lineTo(x + a, bottom + CAP * 0.75f);
        } else { // the end bar
            out.moveTo(x - a - 1, s.bottom());
            out.lineTo(x + a + 1, s.bottom());
        }
        if (s.fromAbove()) { // an open cap: the line comes in from the page before
            out.moveTo(x - a, s.top() + CAP);
            out.lineTo(x, s.top());
            out.lineTo(x + a, s.top() + CAP);
        }
        out.stroke();
    }

    /** Off-camera stretches from the top down, overlapping ones joined. */
    private static List<float[]> merged(List<float[]> stretches) {
        List<float[]> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingDouble((float[] f) -> -f[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] f : sorted) {
            float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && f[0] >= last[1]) {
                last[1] = Math.min(last[1], f[1]);
            } else {
                out.add(new float[] {f[0], f[1]});
            }
        }
        return out;
    }

    /** The label centred over the line, on one row if it fits the slot, else the number over the size. */
    private void label(PDPageContentStream out, TramlinePlan.Segment s) throws IOException {
        float room = s.slot() - 2 * LABEL_MARGIN;
        String whole = s.label();
        float size = Math.min(LABEL_SIZE, room / unit(whole));
        if (size >= MIN_ONE_LINE || s.shot().size().isEmpty()) {
            put(out, whole, s.x(), s.labelFloor() + descent(size), size);
            return;
        }
        String number = s.shot().number();
        String shotSize = s.label().substring(number.length() + 1);
        size = Math.min(TWO_LINE_SIZE, Math.min(room / unit(number), room / unit(shotSize)));
        float baseline = s.labelFloor() + descent(size);
        put(out, shotSize, s.x(), baseline, size);
        put(out, number, s.x(), baseline + size, size);
    }

    private static float descent(float size) {
        return size * 0.25f;
    }

    private float unit(String text) throws IOException {
        return Math.max(glyphs.width(text, 1, () -> "a tramline label"), 0.01f);
    }

    private void put(PDPageContentStream out, String text, float x, float baseline, float size) throws IOException {
        float width = glyphs.width(text, size, () -> "a tramline label");
        glyphs.draw(out, text, x - width / 2, baseline, size, () -> "a tramline label");
    }
}
