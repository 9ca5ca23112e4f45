package dev.slate.core.internal;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;

import java.util.function.Consumer;

/** Visits the dialogue blocks in an element: one for a dialogue, two for a dual dialogue. */
public final class Dialogues {

    private Dialogues() {
    }

    public static void each(Element element, Consumer<Dialogue> action) {
        if (element instanceof Dialogue dialogue) {
            action.accept(dialogue);
        } else if (element instanceof DualDialogue dual) {
            action.accept(dual.left());
            action.accept(dual.right());
        }
    }
}
