package dev.slate.core.fountain.internal;

import dev.slate.core.shot.internal.CastNotation;
import dev.slate.core.shot.internal.Fields;
import dev.slate.core.shot.internal.ShotNoteReader;
import dev.slate.core.shot.internal.ShotNoteWriter;
import dev.slate.core.internal.Spaces;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.ShotHeading;
import dev.slate.core.shot.Shot;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.TitlePage;
import dev.slate.core.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a screenplay as canonical Fountain. Don't depend on this class: use
 * {@link dev.slate.core.fountain.FountainWriter}. Each call works on its own output buffer.
 */
public final class ScriptWriter {

    private final String newline;
    private final StringBuilder out = new StringBuilder();
    /** Nothing but notes written yet: a line that looks like a title-page key would start one. */
    private boolean onlyNotesSoFar = true;
    /** The last element written, notes left aside, was action: empty lines leading the next are blank lines. */
    private boolean afterAction;

    private ScriptWriter(String newline) {
        this.newline = newline;
    }

    /**
     * The Fountain text of a screenplay.
     *
     * @throws IllegalArgumentException when a shot covers elements its scene does not have
     */
    public static String write(Screenplay screenplay, String newline) {
        ScriptWriter writer = new ScriptWriter(newline);
        writer.screenplay(screenplay);
        StringBuilder out = writer.out;
        if (out.length() >= 2 * newline.length() && out.lastIndexOf(newline + newline) == out.length() - 2 * newline.length()) {
            out.setLength(out.length() - newline.length()); // one line end after the last element, not a blank line
        }
        return out.toString();
    }

    /** Deeper sections are refused rather than written as that many # signs. */
    static final int MAX_SECTION_LEVEL = 1000;

    private void screenplay(Screenplay play) {
        checkSections(play.preamble(), "before the first scene");
        for (int s = 0; s < play.scenes().size(); s++) {
            checkSections(play.scenes().get(s).elements(), "in scene " + (s + 1));
        }
        titlePage(play.titlePage());
        if (!play.cast().isEmpty()) {
            for (CastMember member : play.cast()) {
                line("[[" + CastNotation.format(member) + "]]");
            }
            blank();
        }
        for (Element element : play.preamble()) {
            element(element);
        }
        for (int s = 0; s < play.scenes().size(); s++) {
            scene(play.scenes().get(s), s);
        }
    }

    private void titlePage(TitlePage page) {
        if (page.isEmpty()) {
            return;
        }
        onlyNotesSoFar = false;
        for (TitlePage.Field field : page.fields()) {
            List<StyledText> lines = field.lines();
            if (lines.size() == 1 && lines.get(0).lines().size() == 1) {
                line(field.key() + ": " + Inline.format(lines.get(0)));
            } else {
                line(field.key() + ":");
                for (StyledText value : lines) {
                    for (StyledText line : value.lines()) {
                        if (!line.plain().isBlank()) {
                            line("    " + Inline.format(line));
                        }
                    }
                }
            }
        }
        blank();
    }

    private void scene(Scene scene, int index) {
        onlyNotesSoFar = false;
        afterAction = false;
        String heading = scene.heading().text();
        String text = Inline.format(scene.heading().styledText());
        boolean natural = Syntax.hasHeadingPrefix(text);
        if (!natural && !Syntax.isForcedHeading("." + text)) {
            throw new IllegalArgumentException("the heading of scene " + (index + 1) + " ('" + heading + "') starts with '"
                    + (text.charAt(0) == '\\' ? heading.charAt(0) : text.charAt(0)) + "': Fountain forces a heading with a period followed by a letter or digit, so"
                    + " this one would read as action; start the heading with a letter or digit");
        }
        String prefix = natural ? "" : ".";
        if (text.endsWith("#")) { // would read as the end of a scene number
            text = text.substring(0, text.length() - 1) + "\\#";
        }
        line(prefix + text + scene.number().map(n -> " #" + n + "#").orElse(""));
        blank();
        List<Element> elements = scene.elements();
        List<Shot> shots = scene.shots();
        for (Shot shot : shots) {
            shot.coverage().ifPresent(c -> {
                if (c.last() >= elements.size()) {
                    throw new IllegalArgumentException("shot " + shot.number() + " of scene " + (index + 1) + " ("
                            + scene.heading().text() + ") covers elements " + c.first() + "-" + c.last()
                            + " but the scene has " + elements.size() + "; fix the coverage before writing");
                }
            });
        }
        // Shot notes go before the element where the coverage starts (no coverage: before the first),
        // END SHOT notes after the element where it ends; both in the order of Scene.shots.
        List<List<Shot>> starting = new ArrayList<>();
        List<List<String>> ending = new ArrayList<>();
        for (int e = 0; e <= elements.size(); e++) {
            starting.add(new ArrayList<>());
            ending.add(new ArrayList<>());
        }
        for (Shot shot : shots) {
            starting.get(shot.coverage().map(Coverage::first).orElse(0)).add(shot);
            shot.coverage().ifPresent(c -> ending.get(c.last()).add(shot.number()));
        }
        shotNotes(starting.get(0));
        for (int e = 0; e < elements.size(); e++) {
            element(elements.get(e));
            if (!ending.get(e).isEmpty()) {
                line("[[" + ShotNoteReader.END + " " + String.join(", ", ending.get(e)) + "]]");
                blank();
            }
            shotNotes(starting.get(e + 1));
        }
    }

    private static void checkSections(List<Element> elements, String where) {
        for (Element element : elements) {
            if (element instanceof Section section && section.level() > MAX_SECTION_LEVEL) {
                throw new IllegalArgumentException("section '" + section.text() + "' " + where + " has level "
                        + section.level() + ", deeper than Fountain can sensibly write (" + MAX_SECTION_LEVEL
                        + " # signs); use a level from 1 to " + MAX_SECTION_LEVEL);
            }
        }
    }

    private void shotNotes(List<Shot> shots) {
        for (Shot shot : shots) {
            line("[[" + ShotNoteWriter.format(shot) + "]]");
        }
        if (!shots.isEmpty()) {
            blank();
        }
    }

    private void element(Element element) {
        element.accept(elementWriter);
        onlyNotesSoFar &= element instanceof Note;
        afterAction = element instanceof Action || afterAction && element instanceof Note;
        blank();
    }

    /** Writes the lines of one element. */
    private final Element.Visitor<Void> elementWriter = new Element.Visitor<>() {
        @Override
        public Void visit(Action action) {
            action(action.text(), afterAction);
            return null;
        }

        @Override
        public Void visit(Dialogue dialogue) {
            dialogue(dialogue, false);
            return null;
        }

        @Override
        public Void visit(DualDialogue dual) {
            dialogue(dual.left(), false);
            blank();
            dialogue(dual.right(), true);
            return null;
        }

        @Override
        public Void visit(ShotHeading shot) {
            // Fountain has no shot heading: an action line in capitals prints the same (docs/fountain.md).
            action(shot.printed(), afterAction);
            return null;
        }

        @Override
        public Void visit(Transition transition) {
            transition(transition.text());
            return null;
        }

        @Override
        public Void visit(CenteredText centered) {
            for (StyledText line : centered.text().lines()) {
                line("> " + Inline.format(line) + " <");
            }
            return null;
        }

        @Override
        public Void visit(Lyrics lyrics) {
            for (StyledText line : lyrics.text().lines()) {
                line("~" + Inline.format(line));
            }
            return null;
        }

        @Override
        public Void visit(PageBreak pageBreak) {
            line("===");
            return null;
        }

        @Override
        public Void visit(Note note) {
            line("[[" + noteText(note.text(), newline) + "]]");
            return null;
        }

        @Override
        public Void visit(Section section) {
            line("#".repeat(section.level()) + " " + Inline.escapePlain(section.text()));
            return null;
        }

        @Override
        public Void visit(Synopsis synopsis) {
            line("= " + Inline.escapePlain(synopsis.text()));
            return null;
        }
    };

    /** Empty lines leading action that follows action are written as the blank lines they were read from. */
    private void action(StyledText text, boolean afterAction) {
        List<StyledText> lines = text.lines();
        int first = 0;
        while (afterAction && first < lines.size() - 1 && lines.get(first).isEmpty()) {
            first++;
        }
        if (first > 0 && !lines.get(first).plain().isBlank()) {
            for (int i = 0; i < first; i++) {
                blank();
            }
        } else {
            first = 0;
        }
        for (int i = first; i < lines.size(); i++) {
            String line = Inline.format(lines.get(i));
            if (SourceLine.isWhitespace(line)) {
                line(i == first ? "!" : "  ");
            } else {
                line(forcedAction(line, i - first, lines.size() - first) ? "!" + line : line);
            }
        }
    }

    /** Whether an action line would be read as something else without {@code !}. */
    private boolean forcedAction(String line, int index, int count) {
        String s = line.strip();
        if (line.charAt(0) == '\uFEFF' || "!@#~=>".indexOf(s.charAt(0)) >= 0 || Syntax.isForcedHeading(s) || Syntax.hasHeadingPrefix(s)) {
            return true;
        }
        if (index > 0) {
            return false;
        }
        return Syntax.isUpperCase(s, 0, s.length()) && (count > 1 || Syntax.isNaturalTransition(line))
                || Syntax.isCue(s) && count > 1
                || onlyNotesSoFar && Syntax.startsTitlePage(line);
    }

    private void dialogue(Dialogue dialogue, boolean right) {
        String cue = dialogue.cue() + (right ? " ^" : "");
        String name = dialogue.character();
        boolean forced = !Syntax.isCue(cue) || !Syntax.isUpperCase(name, 0, name.length())
                || Syntax.hasHeadingPrefix(cue) || name.indexOf('(') >= 0 || name.endsWith("^")
                || "@!.>~=#\\[".indexOf(name.charAt(0)) >= 0;
        String escaped = Inline.escapePlain(cue);
        line((forced || escaped.startsWith("\\") ? "@" : "") + escaped);
        for (Dialogue.Part part : dialogue.parts()) {
            if (part instanceof Dialogue.Parenthetical) {
                line("(" + Inline.format(part.text()) + ")");
                continue;
            }
            if (part instanceof Dialogue.Lyric) {
                for (StyledText line : part.text().lines()) {
                    line("~" + Inline.format(line));
                }
                continue;
            }
            for (StyledText line : part.text().lines()) {
                String formatted = Inline.format(line);
                boolean escape = formatted.startsWith("(") || formatted.startsWith("~")
                        || Syntax.isPageBreak(formatted.strip());
                line(formatted.isBlank() ? "  " : escape ? "\\" + formatted : formatted);
            }
        }
    }

    private void transition(StyledText text) {
        String plain = text.plain();
        boolean natural = Inline.format(text).equals(plain) && plain.equals(Spaces.trim(plain))
                && Syntax.isNaturalTransition(plain) && !Syntax.hasHeadingPrefix(plain);
        line(natural ? plain : "> " + Inline.format(text));
    }

    /** A note's text with brackets and backslashes escaped, and a leading escape if it reads as a shot. */
    private static String noteText(String text, String newline) {
        StringBuilder out = new StringBuilder();
        if (ShotNoteReader.isShot(text) || ShotNoteReader.isEnd(text) || CastNotation.isCast(text)) {
            out.append('\\');
        }
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append(newline);
            }
            String line = lines[l];
            if (line.isBlank() && lines.length > 1) {
                out.append("  ");
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                if (Fields.needsEscapeInNote(line, i)) {
                    out.append('\\');
                }
                out.append(line.charAt(i));
            }
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append(newline);
    }

    private void blank() {
        out.append(newline);
    }
}
