package dev.slate.core.revision;

import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;

import java.util.ArrayList;
import java.util.List;

/** Next drafts made from a screenplay for the revision tests. */
final class Drafts {

    private Drafts() {
    }

    /** The screenplay with one element of one scene replaced, everything else as it was. */
    static Screenplay replaced(Screenplay play, int scene, int element, Element with) {
        Scene old = play.scenes().get(scene);
        List<Element> elements = new ArrayList<>(old.elements());
        elements.set(element, with);
        Scene edited = new Scene(old.number(), old.numberLocked(), old.heading(), elements, old.shots());
        return play.toBuilder().setScene(scene, edited).build();
    }
}
