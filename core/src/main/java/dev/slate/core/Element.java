package dev.slate.core;

/**
 * A script element: what a scene (or the part of a script before its first scene) is made of.
 * The kinds are closed (sealed). Code that handles each kind dispatches through {@link Visitor},
 * so that a new kind fails to compile wherever it is not handled yet (on Java 17 a {@code switch}
 * over the kinds is not checked for completeness, and an {@code instanceof} chain never is).
 *
 * @since 0.1.0
 */
public sealed interface Element
        permits Action, Dialogue, DualDialogue, Transition, CenteredText, Lyrics, PageBreak, Note, Section,
        Synopsis, ShotHeading {

    /**
     * Calls the visitor's method for this element's kind.
     *
     * @param visitor what to do with each kind
     * @param <R>     what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * What to do with an element, one method per kind.
     *
     * @param <R> the result of a visit; {@link Void} for none
     */
    interface Visitor<R> {
        /**
         * Visits a {@link Action}.
         *
         * @param action the element
         * @return the visit's result
         */
        R visit(Action action);

        /**
         * Visits a {@link Dialogue}.
         *
         * @param dialogue the element
         * @return the visit's result
         */
        R visit(Dialogue dialogue);

        /**
         * Visits a {@link DualDialogue}.
         *
         * @param dual the element
         * @return the visit's result
         */
        R visit(DualDialogue dual);

        /**
         * Visits a {@link Transition}.
         *
         * @param transition the element
         * @return the visit's result
         */
        R visit(Transition transition);

        /**
         * Visits a {@link CenteredText}.
         *
         * @param centered the element
         * @return the visit's result
         */
        R visit(CenteredText centered);

        /**
         * Visits a {@link Lyrics}.
         *
         * @param lyrics the element
         * @return the visit's result
         */
        R visit(Lyrics lyrics);

        /**
         * Visits a {@link PageBreak}.
         *
         * @param pageBreak the element
         * @return the visit's result
         */
        R visit(PageBreak pageBreak);

        /**
         * Visits a {@link Note}.
         *
         * @param note the element
         * @return the visit's result
         */
        R visit(Note note);

        /**
         * Visits a {@link Section}.
         *
         * @param section the element
         * @return the visit's result
         */
        R visit(Section section);

        /**
         * Visits a {@link Synopsis}.
         *
         * @param synopsis the element
         * @return the visit's result
         */
        R visit(Synopsis synopsis);

        /**
         * Visits a {@link ShotHeading}.
         *
         * @param shot the element
         * @return the visit's result
         */
        R visit(ShotHeading shot);
    }
}
