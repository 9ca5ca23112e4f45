package dev.slate.fdx.internal;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Location;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Section;
import dev.slate.core.shot.Shot;
import dev.slate.core.ShotHeading;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the paragraphs of {@code <Content>} into the preamble, scenes, shots and cast. Script notes
 * are read where they are anchored: a note before a paragraph's text comes before its element, a
 * note after the text after the element (after the whole dialogue block for a cue or speech).
 */
final class ContentReader {

    /** A scene being read. */
    private static final class SceneDraft {
        final SceneHeading heading;
        final String number;
        final List<Element> elements = new ArrayList<>();
        final List<Shot> shots = new ArrayList<>();
        final List<int[]> coverage = new ArrayList<>();
        final Map<String, ArrayDeque<Integer>> open = new HashMap<>();

        SceneDraft(SceneHeading heading, String number) {
            this.heading = heading;
            this.number = number;
        }

        Scene build() {
            List<Shot> built = new ArrayList<>(shots.size());
            for (int i = 0; i < shots.size(); i++) {
                int[] c = coverage.get(i);
                built.add(c[1] < 0 ? shots.get(i) : shots.get(i).toBuilder().coverage(new Coverage(c[0], c[1])).build());
            }
            // A number in FDX is the production's number: kept as given, so locked.
            return new Scene(Optional.ofNullable(number), number != null, heading, elements, built);
        }
    }

    private final ElementStyles styles;
    private final List<Problem> problems;
    private final Positions positions = new Positions();
    final List<Element> preamble = new ArrayList<>();
    private final List<SceneDraft> scenes = new ArrayList<>();
    final List<CastMember> cast = new ArrayList<>();

    /** The dialogue block being read, its first paragraph, and the notes that wait for its end. */
    private Dialogue.Builder dialogue;
    private Positions.At dialogueAt;
    private final List<Runnable> afterElement = new ArrayList<>();
    private int paragraph;

    ContentReader(ElementStyles styles, List<Problem> problems) {
        this.styles = styles;
        this.problems = problems;
    }

    Positions positions() {
        return positions;
    }

    List<Scene> scenes() {
        List<Scene> out = new ArrayList<>(scenes.size());
        scenes.forEach(s -> out.add(s.build()));
        return out;
    }

    /**
     * Reads the paragraphs of Content, with the script notes kept at the root: a note whose
     * {@code Range} starts inside a paragraph's text (offsets into the paragraphs' text joined with
     * line breaks, as Beat counts them) comes before that paragraph's element; one without a usable
     * range, or from {@code UnanchoredScriptNotes}, at the end of the script.
     */
    void read(XmlNode content, List<XmlNode> anchored, List<XmlNode> unanchored) {
        List<XmlNode> paragraphs = content.children("Paragraph");
        Map<Integer, List<XmlNode>> rootNotes = new HashMap<>();
        List<XmlNode> atEnd = new ArrayList<>(unanchored);
        int[] starts = new int[paragraphs.size() + 1];
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i + 1] = starts[i] + textLength(paragraphs.get(i)) + 1;
        }
        for (XmlNode note : anchored) {
            int start = rangeStart(note);
            int index = -1;
            for (int i = 0; i < paragraphs.size() && start >= 0; i++) {
                if (start >= starts[i] && start < starts[i + 1]) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                atEnd.add(note);
            } else {
                rootNotes.computeIfAbsent(index, k -> new ArrayList<>()).add(note);
            }
        }
        for (XmlNode p : paragraphs) {
            paragraph(p, rootNotes.getOrDefault(paragraph, List.of()));
            paragraph++;
        }
        endDialogue();
        atEnd.forEach(this::note);
    }

    private static int textLength(XmlNode node) {
        int length = 0;
        for (Object child : node.children) {
            if (child instanceof XmlNode n && !n.name.equalsIgnoreCase("ScriptNote")
                    && !n.name.equalsIgnoreCase("SceneProperties")) {
                length += n.name.equalsIgnoreCase("Text") ? n.text().length() : textLength(n);
            }
        }
        return length;
    }

    private static int rangeStart(XmlNode note) {
        String range = note.attribute("Range").orElse("");
        int comma = range.indexOf(',');
        String start = (comma < 0 ? range : range.substring(0, comma)).strip();
        if (start.isEmpty() || start.length() > 9 || !start.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(start);
    }

    private void paragraph(XmlNode p, List<XmlNode> rootNotes) {
        Positions.At at = new Positions.At(paragraph, p.line, p.column);
        List<XmlNode> before = new ArrayList<>(rootNotes);
        List<XmlNode> after = new ArrayList<>();
        boolean textSeen = false;
        for (Object child : p.children) {
            if (child instanceof XmlNode node) {
                if (node.name.equalsIgnoreCase("Text") || node.name.equalsIgnoreCase("DualDialogue")) {
                    textSeen = true;
                } else if (node.name.equalsIgnoreCase("ScriptNote")) {
                    (textSeen ? after : before).add(node);
                }
            }
        }
        Optional<XmlNode> dual = p.child("DualDialogue");
        String typeName = p.attribute("Type").orElse("General");
        ParagraphType type = resolve(typeName, at);
        boolean newPage = p.attribute("StartsNewPage").filter("Yes"::equalsIgnoreCase).isPresent();
        boolean continuesDialogue = dialogue != null && dual.isEmpty() && !newPage
                && (type == ParagraphType.DIALOGUE || type == ParagraphType.PARENTHETICAL
                || type == ParagraphType.LYRICS);
        if (!continuesDialogue) {
            endDialogue();
        }
        if (newPage) {
            endDialogue();
            add(new PageBreak(), at);
        }
        for (XmlNode note : before) {
            if (continuesDialogue) {
                afterElement.add(() -> note(note));
            } else {
                note(note);
            }
        }
        if (dual.isPresent()) {
            dual(dual.get(), at);
        } else {
            element(p, typeName, type, at);
        }
        for (XmlNode note : after) {
            if (dialogue != null) {
                afterElement.add(() -> note(note));
            } else {
                note(note);
            }
        }
    }

    private ParagraphType resolve(String typeName, Positions.At at) {
        Optional<ParagraphType> known = ParagraphType.named(typeName);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<ParagraphType> paginated = styles.paginatedAs(typeName);
        if (paginated.isPresent()) {
            return paginated.get();
        }
        problems.add(Problem.warning(FdxCodes.UNKNOWN_TYPE, "paragraph " + (at.paragraph() + 1) + " has the type '"
                + typeName + "', which is neither Final Draft's nor defined in the file's ElementSettings; read as "
                + "action", Location.source(at.line(), at.column())));
        return ParagraphType.ACTION;
    }

    private void element(XmlNode p, String typeName, ParagraphType type, Positions.At at) {
        StyledText text = Runs.read(p, styles.defaultStyle(typeName, type), true);
        if (type == ParagraphType.SCENE_HEADING) {
            heading(p, text, at);
            return;
        }
        if (text.isEmpty()) {
            return; // an empty paragraph: spacing in Final Draft, nothing in Slate
        }
        boolean centered = p.attribute("Alignment").map(a -> a.toLowerCase(Locale.ROOT).startsWith("center"))
                .orElse(false);
        switch (type) {
            case CHARACTER -> {
                String cue = text.plain().strip();
                if (cue.isEmpty() || cue.startsWith("(")) {
                    add(new Action(text), at);
                } else {
                    dialogue = Dialogue.builder(cue);
                    dialogueAt = at;
                }
            }
            case PARENTHETICAL, DIALOGUE -> {
                if (dialogue == null) {
                    problems.add(Problem.warning(FdxCodes.DIALOGUE_WITHOUT_CHARACTER, "paragraph "
                            + (at.paragraph() + 1) + " is " + type.fdx + " without a Character before it; read as "
                            + "action", Location.source(at.line(), at.column())));
                    add(new Action(text), at);
                } else if (type == ParagraphType.PARENTHETICAL) {
                    dialogue.part(new Dialogue.Parenthetical(unparenthesised(text)));
                } else {
                    dialogue.part(new Dialogue.Speech(text));
                }
            }
            case LYRICS -> {
                if (dialogue != null) {
                    dialogue.part(new Dialogue.Lyric(Runs.withoutItalic(text)));
                } else {
                    add(new Lyrics(Runs.withoutItalic(text)), at);
                }
            }
            case TRANSITION -> add(new Transition(text), at);
            case SHOT -> add(new ShotHeading(text), at);
            case SUMMARY -> add(new Synopsis(text.plain()), at);
            case OUTLINE -> add(new Section(ParagraphType.outlineLevel(typeName).orElse(1), text.plain()), at);
            case SEQUENCE -> add(new Section(1, text.plain()), at);
            case NOTE -> add(new Note(text.plain()), at);
            case NEW_ACT, END_OF_ACT -> add(new CenteredText(withStyles(text, Style.BOLD, Style.UNDERLINE)), at);
            default -> add(centered ? new CenteredText(text) : new Action(text), at);
        }
    }

    private void heading(XmlNode p, StyledText text, Positions.At at) {
        endDialogue();
        String plain = text.plain().strip();
        if (plain.isEmpty()) {
            problems.add(Problem.warning(FdxCodes.EMPTY_HEADING, "paragraph " + (at.paragraph() + 1)
                    + " is a Scene Heading without text; no scene is started", Location.source(at.line(), at.column())));
            return;
        }
        String number = p.attribute("Number").map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (number != null && !Scene.isValidNumber(number)) {
            problems.add(Problem.warning(FdxCodes.BAD_SCENE_NUMBER, "scene number '" + number + "' of paragraph "
                    + (at.paragraph() + 1) + " is not letters and digits such as 12 or 12A; the scene is read "
                    + "without it", Location.source(at.line(), at.column())));
            number = null;
        }
        scenes.add(new SceneDraft(SceneHeading.parse(plain), number));
        positions.scene(at);
        p.child("SceneProperties").flatMap(sp -> sp.child("Summary")).ifPresent(summary -> {
            for (XmlNode inner : summary.children("Paragraph")) {
                String synopsis = Runs.read(inner, "", false).plain();
                if (!synopsis.isBlank()) {
                    add(new Synopsis(synopsis), at);
                }
            }
        });
    }

    private void dual(XmlNode dual, Positions.At at) {
        endDialogue();
        List<Dialogue> speakers = new ArrayList<>();
        Dialogue.Builder current = null;
        for (XmlNode inner : dual.children("Paragraph")) {
            String typeName = inner.attribute("Type").orElse("Dialogue");
            ParagraphType type = ParagraphType.named(typeName).orElse(ParagraphType.DIALOGUE);
            StyledText text = Runs.read(inner, styles.defaultStyle(typeName, type), true);
            if (type == ParagraphType.CHARACTER && !text.plain().isBlank()) {
                if (current != null) {
                    speakers.add(current.build());
                }
                current = Dialogue.builder(text.plain().strip());
            } else if (current != null && !text.isEmpty()) {
                current.part(type == ParagraphType.PARENTHETICAL ? new Dialogue.Parenthetical(unparenthesised(text))
                        : type == ParagraphType.LYRICS ? new Dialogue.Lyric(Runs.withoutItalic(text))
                        : new Dialogue.Speech(text));
            }
        }
        if (current != null) {
            speakers.add(current.build());
        }
        if (speakers.size() >= 2) {
            add(new DualDialogue(speakers.get(0), speakers.get(1)), at);
            for (int i = 2; i < speakers.size(); i++) {
                add(speakers.get(i), at);
            }
            if (speakers.size() > 2) {
                problems.add(Problem.warning(FdxCodes.DUAL_DIALOGUE, "the dual dialogue of paragraph "
                        + (at.paragraph() + 1) + " has " + speakers.size() + " speakers; the third and later are "
                        + "read as dialogue after it", Location.source(at.line(), at.column())));
            }
        } else {
            problems.add(Problem.warning(FdxCodes.DUAL_DIALOGUE, "the dual dialogue of paragraph "
                    + (at.paragraph() + 1) + " has " + speakers.size() + " speaker(s), not two; read as dialogue",
                    Location.source(at.line(), at.column())));
            speakers.forEach(d -> add(d, at));
        }
    }

    private static StyledText unparenthesised(StyledText text) {
        String plain = text.plain();
        int start = 0;
        int end = plain.length();
        while (start < end && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2 && plain.charAt(start) == '(' && plain.charAt(end - 1) == ')') {
            return text.substring(start + 1, end - 1);
        }
        return text;
    }

    private static StyledText withStyles(StyledText text, Style... extra) {
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            java.util.Set<Style> styles = java.util.EnumSet.noneOf(Style.class);
            styles.addAll(span.styles());
            styles.addAll(List.of(extra));
            spans.add(new StyledText.Span(span.text().toUpperCase(Locale.ROOT), styles));
        }
        return new StyledText(spans);
    }

    private void endDialogue() {
        if (dialogue != null) {
            Dialogue.Builder done = dialogue;
            dialogue = null;
            add(done.build(), dialogueAt);
        }
        if (!afterElement.isEmpty()) {
            List<Runnable> waiting = List.copyOf(afterElement);
            afterElement.clear();
            waiting.forEach(Runnable::run);
        }
    }

    private void add(Element element, Positions.At at) {
        int scene = scenes.size() - 1;
        List<Element> target = scene < 0 ? preamble : scenes.get(scene).elements;
        target.add(element);
        positions.element(scene, at);
    }

    private void note(XmlNode note) {
        StringBuilder text = new StringBuilder();
        for (XmlNode inner : note.children("Paragraph")) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(Runs.read(inner, "", false).plain());
        }
        Positions.At at = new Positions.At(paragraph, note.line, note.column);
        Location where = Location.source(note.line, note.column);
        PlanNotes.Kind kind = PlanNotes.read(text.toString(), where, problems);
        int scene = scenes.size() - 1;
        if (kind instanceof PlanNotes.CastNote c) {
            cast.add(c.member());
        } else if (kind instanceof PlanNotes.ShotNote s && scene >= 0) {
            SceneDraft draft = scenes.get(scene);
            draft.shots.add(s.shot());
            draft.coverage.add(new int[] {draft.elements.size(), -1});
            draft.open.computeIfAbsent(s.shot().number(), n -> new ArrayDeque<>()).addLast(draft.shots.size() - 1);
            positions.shot(scene, at);
        } else if (kind instanceof PlanNotes.EndNote e && scene >= 0) {
            for (String number : e.numbers()) {
                end(scenes.get(scene), number, where);
            }
        } else if (kind instanceof PlanNotes.Plain plain) {
            add(new Note(plain.text()), at);
        } else {
            problems.add(Problem.warning(FdxCodes.SHOT_OUTSIDE_SCENE, "the shot note '" + text + "' comes before the "
                    + "first scene heading; kept as a note", where));
            add(new Note(text.toString()), at);
        }
    }

    private void end(SceneDraft scene, String number, Location where) {
        ArrayDeque<Integer> open = scene.open.get(number);
        if (open == null || open.isEmpty()) {
            problems.add(Problem.warning(FdxCodes.UNMATCHED_SHOT_END, "END SHOT " + number + " has no open SHOT "
                    + number + " note before it in this scene", where));
            return;
        }
        int[] coverage = scene.coverage.get(open.removeLast());
        int last = scene.elements.size() - 1;
        if (last < coverage[0]) {
            problems.add(Problem.warning(FdxCodes.UNMATCHED_SHOT_END, "END SHOT " + number + " comes before any "
                    + "element after its SHOT note; the shot is kept without coverage", where));
        } else {
            coverage[1] = last;
        }
    }
}
