package dev.slate.core.internal;

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

import java.util.List;
import java.util.function.Consumer;

/** Visits the dialogue blocks in an element: one for a dialogue, two for a dual dialogue. */
public final class Dialogues {

    /** The dialogue blocks of each kind of element, in reading order. */
    private static final Element.Visitor<List<Dialogue>> BLOCKS = new Element.Visitor<>() {
        @Override
        public List<Dialogue> visit(Action action) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(Dialogue dialogue) {
            return List.of(dialogue);
        }

        @Override
        public List<Dialogue> visit(DualDialogue dual) {
            return List.of(dual.left(), dual.right());
        }

        @Override
        public List<Dialogue> visit(Transition transition) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(CenteredText centered) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(Lyrics lyrics) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(PageBreak pageBreak) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(Note note) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(Section section) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(Synopsis synopsis) {
            return List.of();
        }

        @Override
        public List<Dialogue> visit(ShotHeading shot) {
            return List.of();
        }
    };

    private Dialogues() {
    }

    /** Calls the action with each dialogue block of the element, in reading order. */
    public static void each(Element element, Consumer<Dialogue> action) {
        element.accept(BLOCKS).forEach(action);
    }
}
