package dev.slate.core.revision.internal;

import dev.slate.core.Action;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Section;
import dev.slate.core.ShotHeading;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compared text of an element: its kind and its plain text, lines joined by {@code \n}; empty for
 * what the comparison ignores (notes, sections, synopses, page breaks, shot headings).
 */
public final class ElementText implements Element.Visitor<Optional<ElementText.Keyed>> {

    /** An element's kind and compared text. */
    public record Keyed(String kind, String text) {
    }

    private static final ElementText INSTANCE = new ElementText();

    private ElementText() {
    }

    /** The kind and compared text of {@code element}, empty when it is not compared. */
    public static Optional<Keyed> of(Element element) {
        return element.accept(INSTANCE);
    }

    private static Optional<Keyed> keyed(String kind, String text) {
        return Optional.of(new Keyed(kind, text));
    }

    /** A dialogue's compared text: its cue, then each part on its own line. */
    static String dialogue(Dialogue dialogue) {
        String cue = dialogue.character() + dialogue.extensions().stream().map(e -> " (" + e + ")")
                .collect(Collectors.joining());
        return cue + dialogue.parts().stream().map(p -> "\n" + p.text().plain()).collect(Collectors.joining());
    }

    @Override
    public Optional<Keyed> visit(Action action) {
        return keyed("action", action.text().plain());
    }

    @Override
    public Optional<Keyed> visit(Dialogue dialogue) {
        return keyed("dialogue", dialogue(dialogue));
    }

    @Override
    public Optional<Keyed> visit(DualDialogue dual) {
        return keyed("dual dialogue", dialogue(dual.left()) + "\n" + dialogue(dual.right()));
    }

    @Override
    public Optional<Keyed> visit(Transition transition) {
        return keyed("transition", transition.text().plain());
    }

    @Override
    public Optional<Keyed> visit(CenteredText centered) {
        return keyed("centered", centered.text().plain());
    }

    @Override
    public Optional<Keyed> visit(Lyrics lyrics) {
        return keyed("lyrics", lyrics.text().plain());
    }

    @Override
    public Optional<Keyed> visit(PageBreak pageBreak) {
        return Optional.empty();
    }

    @Override
    public Optional<Keyed> visit(Note note) {
        return Optional.empty();
    }

    @Override
    public Optional<Keyed> visit(Section section) {
        return Optional.empty();
    }

    @Override
    public Optional<Keyed> visit(Synopsis synopsis) {
        return Optional.empty();
    }

    @Override
    public Optional<Keyed> visit(ShotHeading shot) {
        return Optional.empty();
    }
}
