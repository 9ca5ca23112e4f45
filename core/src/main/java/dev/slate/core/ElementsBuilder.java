package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The part of a builder that adds script elements in order; shared by scenes and by the part of a
 * screenplay before its first scene.
 *
 * @param <B> the builder type, returned by every method so that calls chain
 *
 * @since 0.1.0
 */
public abstract class ElementsBuilder<B extends ElementsBuilder<B>> {

    final List<Element> elements = new ArrayList<>();

    ElementsBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B element(Element element) {
        elements.add(Checks.notNull(element, "element"));
        return self();
    }

    /** Replaces all elements. */
    public B elements(List<? extends Element> elements) {
        this.elements.clear();
        Checks.listOf(elements, "elements").forEach(this::element);
        return self();
    }

    /** Action; line breaks in the text are kept. */
    public B action(String text) {
        return element(Action.of(Checks.notNull(text, "action")));
    }

    public B action(StyledText text) {
        return element(new Action(text));
    }

    /**
     * A dialogue block. The cue may carry extensions: {@code "MRS. SHEN (O.S.)"}. Lines in
     * parentheses are parentheticals: {@code dialogue("LIN XIAO", "(quietly)", "Mom.")}.
     */
    public B dialogue(String cue, String... lines) {
        return element(Dialogue.of(cue, lines));
    }

    /** Two dialogue blocks spoken at once, printed side by side. */
    public B dualDialogue(Dialogue left, Dialogue right) {
        return element(new DualDialogue(left, right));
    }

    public B dialogue(String cue, Consumer<Dialogue.Builder> dialogue) {
        Dialogue.Builder builder = Dialogue.builder(cue);
        Checks.notNull(dialogue, "dialogue").accept(builder);
        return element(builder.build());
    }

    public B transition(String text) {
        return element(Transition.of(Checks.notNull(text, "transition")));
    }

    public B centered(String text) {
        return element(CenteredText.of(Checks.notNull(text, "centered")));
    }

    /** A camera direction in the script text, printed in capitals: {@code CLOSE ON THE SHOE}. */
    public B shotHeading(String text) {
        return element(ShotHeading.of(Checks.notNull(text, "shotHeading")));
    }

    public B lyrics(String text) {
        return element(Lyrics.of(Checks.notNull(text, "lyrics")));
    }

    public B pageBreak() {
        return element(new PageBreak());
    }

    public B note(String text) {
        return element(new Note(text));
    }

    public B section(int level, String text) {
        return element(new Section(level, text));
    }

    public B synopsis(String text) {
        return element(new Synopsis(text));
    }
}
