package dev.slate.core.layout.internal;

import dev.slate.core.Action;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.Section;
import dev.slate.core.ShotHeading;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumbers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns script elements into blocks of wrapped, positioned rows (FORMAT.md's columns and widths). */
final class BlockMaker {

    static final double CUE = 3.5;
    static final double PARENTHETICAL = 3.0;
    static final double DIALOGUE = 2.5;
    static final double MORE = 3.0;
    static final double SCENE_NUMBER_LEFT = 1.0;
    static final int CUE_WIDTH = 33;
    static final int PARENTHETICAL_WIDTH = 26;
    static final int DIALOGUE_WIDTH = 36;
    /** Dual dialogue: columns at 2.0/2.5 in and 5.0/5.5 in, widths three quarters of the usual. */
    static final double DUAL_LEFT = 2.0;
    static final double DUAL_RIGHT = 5.0;
    static final double DUAL_CUE_INDENT = 0.5;

    private final Settings settings;
    private final double left = Paper.LEFT_MARGIN;

    BlockMaker(Settings settings) {
        this.settings = settings;
    }

    /** The heading of a scene, with its number beside it when asked. */
    Block heading(Scene scene, int index, String number) {
        StyledText text = headingText(scene.heading().styledText());
        List<StyledText> wrapped = Wrapper.wrap(text, settings.paper().actionWidth());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) {
            List<Piece> pieces = new ArrayList<>();
            SceneNumbers numbers = settings.sceneNumbers();
            boolean first = i == 0;
            if (first && (numbers == SceneNumbers.LEFT || numbers == SceneNumbers.BOTH)) {
                pieces.add(Piece.left(LineKind.SCENE_NUMBER, SCENE_NUMBER_LEFT, StyledText.of(number)));
            }
            pieces.add(Piece.left(LineKind.SCENE_HEADING, left, wrapped.get(i)));
            if (first && (numbers == SceneNumbers.RIGHT || numbers == SceneNumbers.BOTH)) {
                pieces.add(Piece.left(LineKind.SCENE_NUMBER, settings.paper().rightSceneNumber(), StyledText.of(number)));
            }
            rows.add(new Row(pieces, Row.Part.OTHER));
        }
        return Block.of(Block.Kind.HEADING, index, rows);
    }

    /**
     * The heading in capitals, its own emphasis kept and the heading styles added; a run of tabs
     * and spaces holding a tab prints as one space.
     */
    private StyledText headingText(StyledText heading) {
        Set<Style> added = Set.of(headingStyles());
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : heading.spans()) {
            Set<Style> styles = EnumSet.noneOf(Style.class);
            styles.addAll(span.styles());
            styles.addAll(added);
            String text = span.text().indexOf('\t') < 0 ? span.text() : oneSpaceForTabs(span.text());
            spans.add(new StyledText.Span(text.toUpperCase(Locale.ROOT), styles));
        }
        return new StyledText(spans);
    }

    private static String oneSpaceForTabs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int end = i;
            boolean tab = false;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                tab |= text.charAt(end++) == '\t';
            }
            if (end > i) {
                out.append(tab ? " " : text.substring(i, end));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private Style[] headingStyles() {
        Set<Style> styles = EnumSet.noneOf(Style.class);
        if (settings.boldHeadings()) {
            styles.add(Style.BOLD);
        }
        if (settings.underlinedHeadings()) {
            styles.add(Style.UNDERLINE);
        }
        return styles.toArray(new Style[0]);
    }

    /** The block of an element, or null for an element that is not printed (a note when notes are off). */
    Block element(Element element, int scene) {
        int width = settings.paper().actionWidth();
        if (element instanceof Action a) {
            return Block.of(Block.Kind.TEXT, scene, rows(LineKind.ACTION, left, a.text(), width));
        } else if (element instanceof ShotHeading s) {
            return Block.of(Block.Kind.SHOT_HEADING, scene, rows(LineKind.SHOT_HEADING, left, s.printed(), width));
        } else if (element instanceof Lyrics l) {
            return Block.of(Block.Kind.TEXT, scene,
                    rows(LineKind.LYRICS, DIALOGUE, styled(l.text(), Style.ITALIC), DIALOGUE_WIDTH));
        } else if (element instanceof Dialogue d) {
            return dialogue(d, scene);
        } else if (element instanceof DualDialogue d) {
            return dual(d, scene);
        } else if (element instanceof Transition t) {
            return Block.of(Block.Kind.TRANSITION, scene,
                    aligned(LineKind.TRANSITION, settings.paper().rightEdge(), Line.Align.RIGHT, t.text(), width));
        } else if (element instanceof CenteredText c) {
            return Block.of(Block.Kind.WHOLE, scene, aligned(LineKind.CENTERED,
                    (left + settings.paper().rightEdge()) / 2, Line.Align.CENTER, c.text(), width));
        } else if (element instanceof PageBreak) {
            return Block.of(Block.Kind.PAGE_BREAK, scene, List.of());
        } else if (element instanceof Note n) {
            return settings.notes() ? Block.of(Block.Kind.WHOLE, scene,
                    rows(LineKind.NOTE, left, StyledText.of("[[" + n.text() + "]]", Style.ITALIC), width)) : null;
        } else if (element instanceof Section s) {
            return settings.sections() ? Block.of(Block.Kind.WHOLE, scene,
                    rows(LineKind.SECTION, left, StyledText.of(s.text(), Style.BOLD), width)) : null;
        } else if (element instanceof Synopsis s) {
            return settings.synopses() ? Block.of(Block.Kind.WHOLE, scene,
                    rows(LineKind.SYNOPSIS, left, StyledText.of(s.text(), Style.ITALIC), width)) : null;
        }
        throw new IllegalArgumentException("unknown element " + element.getClass().getName());
    }

    private Block dialogue(Dialogue d, int scene) {
        List<Row> rows = new ArrayList<>();
        addDialogue(d, CUE, PARENTHETICAL, DIALOGUE, 1.0, false, rows);
        String more = d.isContinued() ? d.cue() : d.cue() + " (CONT'D)";
        List<Row> continued = new ArrayList<>();
        for (StyledText row : Wrapper.wrap(StyledText.of(more), CUE_WIDTH)) {
            continued.add(Row.of(Piece.left(LineKind.CONTINUED_CHARACTER, CUE, row), Row.Part.CUE));
        }
        return new Block(Block.Kind.DIALOGUE, scene, rows, continued);
    }

    /** The (MORE) row that ends a page where a dialogue is split. */
    static Row more() {
        return Row.of(Piece.left(LineKind.MORE, MORE, StyledText.of("(MORE)")), Row.Part.OTHER);
    }

    private Block dual(DualDialogue d, int scene) {
        double shift = settings.paper().dualColumnShift();
        List<Row> leftRows = new ArrayList<>();
        List<Row> rightRows = new ArrayList<>();
        addDialogue(d.left(), DUAL_LEFT + DUAL_CUE_INDENT, DUAL_LEFT + DUAL_CUE_INDENT, DUAL_LEFT, 0.75, false,
                leftRows);
        addDialogue(d.right(), DUAL_RIGHT + DUAL_CUE_INDENT - shift, DUAL_RIGHT + DUAL_CUE_INDENT - shift,
                DUAL_RIGHT - shift, 0.75, true, rightRows);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(leftRows.size(), rightRows.size()); i++) {
            List<Piece> pieces = new ArrayList<>();
            if (i < leftRows.size()) {
                pieces.addAll(leftRows.get(i).pieces());
            }
            if (i < rightRows.size()) {
                pieces.addAll(rightRows.get(i).pieces());
            }
            rows.add(new Row(pieces, Row.Part.OTHER));
        }
        return Block.of(Block.Kind.WHOLE, scene, rows);
    }

    private static void addDialogue(Dialogue d, double cueX, double parenX, double speechX, double scale,
                                    boolean right, List<Row> rows) {
        for (StyledText row : Wrapper.wrap(StyledText.of(d.cue()), width(CUE_WIDTH, scale))) {
            rows.add(Row.of(new Piece(LineKind.CHARACTER, cueX, Line.Align.LEFT, row, right), Row.Part.CUE));
        }
        for (Dialogue.Part part : d.parts()) {
            if (part instanceof Dialogue.Parenthetical p) {
                StyledText text = StyledText.of("(").append(p.text()).append(StyledText.of(")"));
                int width = width(PARENTHETICAL_WIDTH, scale);
                List<StyledText> wrapped = Wrapper.wrap(text, width, width - 1);
                for (int i = 0; i < wrapped.size(); i++) {
                    double x = parenX + (i == 0 ? 0 : Paper.CHARACTER_WIDTH);
                    rows.add(Row.of(new Piece(LineKind.PARENTHETICAL, x, Line.Align.LEFT, wrapped.get(i), right),
                            Row.Part.PARENTHETICAL));
                }
            } else {
                StyledText text = part instanceof Dialogue.Lyric ? styled(part.text(), Style.ITALIC) : part.text();
                for (StyledText row : Wrapper.wrap(text, width(DIALOGUE_WIDTH, scale))) {
                    rows.add(Row.of(new Piece(LineKind.DIALOGUE, speechX, Line.Align.LEFT, row, right),
                            Row.Part.SPEECH));
                }
            }
        }
    }

    private static int width(int width, double scale) {
        return (int) Math.round(width * scale);
    }

    private static List<Row> rows(LineKind kind, double x, StyledText text, int width) {
        return aligned(kind, x, Line.Align.LEFT, text, width);
    }

    private static List<Row> aligned(LineKind kind, double x, Line.Align align, StyledText text, int width) {
        List<Row> rows = new ArrayList<>();
        for (StyledText row : Wrapper.wrap(text, width)) {
            rows.add(Row.of(new Piece(kind, x, align, row, false), Row.Part.OTHER));
        }
        return rows;
    }

    private static StyledText styled(StyledText text, Style style) {
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            Set<Style> styles = EnumSet.of(style);
            styles.addAll(span.styles());
            spans.add(new StyledText.Span(span.text(), styles));
        }
        return new StyledText(spans);
    }
}
