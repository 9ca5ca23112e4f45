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
import dev.slate.core.internal.ChunkedList;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;

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
    /** Characters left clear between a heading and a scene number printed on its right. */
    static final int HEADING_NUMBER_GAP = 4;
    /**
     * Dual dialogue: speech at 2.0 and 5.0 in (the right column moved left on narrower paper), cues
     * half an inch in, parentheticals a quarter; three quarters of the usual widths, and no wider
     * than the right column has room for before the right text edge.
     */
    static final double DUAL_LEFT = 2.0;
    static final double DUAL_RIGHT = 5.0;
    static final double DUAL_CUE_INDENT = 0.5;
    static final double DUAL_PARENTHETICAL_INDENT = 0.25;
    static final double DUAL_SCALE = 0.75;

    private final Settings settings;
    private final double left = Paper.LEFT_MARGIN;
    private final String contd;

    /** {@code contd} is the extension an inserted continuation cue gets: {@code CONT'D}, or {@code CONT’D} in a typographic script. */
    BlockMaker(Settings settings, String contd) {
        this.settings = settings;
        this.contd = contd;
    }

    /** The heading of a scene, with its number beside it when asked. */
    Block heading(Scene scene, int index, String number) {
        StyledText text = headingText(scene.heading().styledText());
        SceneNumberPosition numbers = settings.sceneNumbers();
        int width = settings.paper().actionWidth();
        if (numbers == SceneNumberPosition.RIGHT || numbers == SceneNumberPosition.BOTH) {
            // a heading ends clear of the number on its right, so the two never read as one
            width = Math.min(width, (int) Math.round((settings.paper().rightSceneNumber() - left)
                    / Paper.CHARACTER_WIDTH) - HEADING_NUMBER_GAP);
        }
        List<StyledText> wrapped = Wrapper.wrap(text, width);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) {
            List<Piece> pieces = new ArrayList<>();
            boolean first = i == 0;
            if (first && (numbers == SceneNumberPosition.LEFT || numbers == SceneNumberPosition.BOTH)) {
                pieces.add(Piece.left(LineKind.SCENE_NUMBER, SCENE_NUMBER_LEFT, StyledText.of(number)));
            }
            pieces.add(Piece.left(LineKind.SCENE_HEADING, left, wrapped.get(i)));
            if (first && (numbers == SceneNumberPosition.RIGHT || numbers == SceneNumberPosition.BOTH)) {
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
        return element.accept(new Element.Visitor<>() {
            @Override
            public Block visit(Action a) {
                return Block.of(Block.Kind.TEXT, scene, rows(LineKind.ACTION, left, a.text(), width));
            }

            @Override
            public Block visit(ShotHeading s) {
                return Block.of(Block.Kind.SHOT_HEADING, scene, rows(LineKind.SHOT_HEADING, left, s.printed(), width));
            }

            @Override
            public Block visit(Lyrics l) {
                return Block.of(Block.Kind.TEXT, scene,
                        rows(LineKind.LYRICS, DIALOGUE, styled(l.text(), Style.ITALIC), DIALOGUE_WIDTH));
            }

            @Override
            public Block visit(Dialogue d) {
                return dialogue(d, scene);
            }

            @Override
            public Block visit(DualDialogue d) {
                return dual(d, scene);
            }

            @Override
            public Block visit(Transition t) {
                return Block.of(Block.Kind.TRANSITION, scene, aligned(LineKind.TRANSITION,
                        settings.paper().rightEdge(), Line.Align.RIGHT, t.text(), width));
            }

            @Override
            public Block visit(CenteredText c) {
                return Block.of(Block.Kind.WHOLE, scene, aligned(LineKind.CENTERED,
                        (left + settings.paper().rightEdge()) / 2, Line.Align.CENTER, c.text(), width));
            }

            @Override
            public Block visit(PageBreak pageBreak) {
                return Block.of(Block.Kind.PAGE_BREAK, scene, List.of());
            }

            @Override
            public Block visit(Note n) {
                return settings.notes() ? Block.of(Block.Kind.WHOLE, scene,
                        rows(LineKind.NOTE, left, StyledText.of("[[" + n.text() + "]]", Style.ITALIC), width)) : null;
            }

            @Override
            public Block visit(Section s) {
                return settings.sections() ? Block.of(Block.Kind.WHOLE, scene,
                        rows(LineKind.SECTION, left, StyledText.of(s.text(), Style.BOLD), width)) : null;
            }

            @Override
            public Block visit(Synopsis s) {
                return settings.synopses() ? Block.of(Block.Kind.WHOLE, scene,
                        rows(LineKind.SYNOPSIS, left, StyledText.of(s.text(), Style.ITALIC), width)) : null;
            }
        });
    }

    private Block dialogue(Dialogue d, int scene) {
        return column(d, scene, new Column(CUE, PARENTHETICAL, DIALOGUE, MORE, CUE_WIDTH, PARENTHETICAL_WIDTH,
                DIALOGUE_WIDTH, false));
    }

    /** Where a dialogue's parts go: its x positions and widths, and whether it is a dual dialogue's right column. */
    private record Column(double cueX, double parenX, double speechX, double moreX, int cueWidth, int parenWidth,
                          int speechWidth, boolean right) {
    }

    private Block column(Dialogue d, int scene, Column c) {
        List<Row> rows = new ChunkedList<>(); // a speech may run over hundreds of pages
        for (StyledText row : Wrapper.wrap(StyledText.of(d.cue()), c.cueWidth())) {
            rows.add(Row.of(new Piece(LineKind.CHARACTER, c.cueX(), Line.Align.LEFT, row, c.right()), Row.Part.CUE));
        }
        for (Dialogue.Part part : d.parts()) {
            if (part instanceof Dialogue.Parenthetical p) {
                StyledText text = StyledText.of("(").append(p.text()).append(StyledText.of(")"));
                List<StyledText> wrapped = Wrapper.wrap(text, c.parenWidth(), c.parenWidth() - 1);
                for (int i = 0; i < wrapped.size(); i++) {
                    double x = c.parenX() + (i == 0 ? 0 : Paper.CHARACTER_WIDTH);
                    rows.add(Row.of(new Piece(LineKind.PARENTHETICAL, x, Line.Align.LEFT, wrapped.get(i), c.right()),
                            Row.Part.PARENTHETICAL));
                }
            } else {
                StyledText text = part instanceof Dialogue.Lyric ? styled(part.text(), Style.ITALIC) : part.text();
                Piece place = new Piece(LineKind.DIALOGUE, c.speechX(), Line.Align.LEFT, StyledText.EMPTY, c.right());
                for (Wrapper.Cut cut : Wrapper.cuts(text, c.speechWidth(), c.speechWidth())) {
                    rows.add(Row.wrapped(place, Row.Part.SPEECH, cut, c.speechWidth()));
                }
            }
        }
        String more = d.isContinued() ? d.cue() : d.cue() + " (" + contd + ")";
        List<Row> continued = new ArrayList<>();
        for (StyledText row : Wrapper.wrap(StyledText.of(more), c.cueWidth())) {
            continued.add(Row.of(new Piece(LineKind.CONTINUED_CHARACTER, c.cueX(), Line.Align.LEFT, row, c.right()),
                    Row.Part.CUE));
        }
        Row moreRow = Row.of(new Piece(LineKind.MORE, c.moreX(), Line.Align.LEFT, StyledText.of("(MORE)"), c.right()),
                Row.Part.OTHER);
        return Block.dialogue(scene, rows, continued, moreRow);
    }

    private Block dual(DualDialogue d, int scene) {
        Paper paper = settings.paper();
        double right = DUAL_RIGHT - paper.dualColumnShift();
        // both columns as wide as the right one may be, so that it ends inside the right text edge
        int speech = Math.min(width(DIALOGUE_WIDTH, DUAL_SCALE),
                (int) Math.floor((paper.rightEdge() - right) / Paper.CHARACTER_WIDTH + 1e-9));
        int cue = Math.min(width(CUE_WIDTH, DUAL_SCALE), speech - (int) Math.round(DUAL_CUE_INDENT * 10));
        int paren = Math.min(width(PARENTHETICAL_WIDTH, DUAL_SCALE),
                speech - (int) Math.round(DUAL_PARENTHETICAL_INDENT * 10) - 1);
        Block l = column(d.left(), scene, new Column(DUAL_LEFT + DUAL_CUE_INDENT, DUAL_LEFT + DUAL_PARENTHETICAL_INDENT,
                DUAL_LEFT, DUAL_LEFT + DUAL_CUE_INDENT, cue, paren, speech, false));
        Block r = column(d.right(), scene, new Column(right + DUAL_CUE_INDENT, right + DUAL_PARENTHETICAL_INDENT,
                right, right + DUAL_CUE_INDENT, cue, paren, speech, true));
        return Block.dual(scene, l, r);
    }

    private static int width(int width, double scale) {
        return (int) Math.round(width * scale);
    }

    private static List<Row> rows(LineKind kind, double x, StyledText text, int width) {
        return aligned(kind, x, Line.Align.LEFT, text, width);
    }

    private static List<Row> aligned(LineKind kind, double x, Line.Align align, StyledText text, int width) {
        List<Row> rows = new ChunkedList<>(); // a paragraph may run over hundreds of pages
        Piece place = new Piece(kind, x, align, StyledText.EMPTY, false);
        for (Wrapper.Cut cut : Wrapper.cuts(text, width, width)) {
            rows.add(Row.wrapped(place, Row.Part.OTHER, cut, width));
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
