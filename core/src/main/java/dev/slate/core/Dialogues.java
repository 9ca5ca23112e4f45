package dev.slate.core;

import java.util.function.Consumer;

/** Visits the dialogue blocks in an element: one for a dialogue, two for a dual dialogue. */
final class Dialogues {

    private Dialogues() {
    }

    static void each(Element element, Consumer<Dialogue> action) {
        if (element instanceof Dialogue dialogue) {
            action.accept(dialogue);
        } else if (element instanceof DualDialogue dual) {
            action.accept(dual.left());
            action.accept(dual.right());
        }
    }
}
