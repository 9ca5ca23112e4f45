package dev.slate.core.report;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.shot.Shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which planned shots cover each script element of a screenplay, and whether the speaker of a
 * dialogue element is on camera in each: the script supervisor's coverage, known before the shoot.
 * Pure: computed from the screenplay's shot plan alone.
 *
 * @param entries one entry per scene element, in script order
 *
 * @since 0.1.0
 */
public record CoverageReport(List<Entry> entries) {

    /** Editors want at least this many shots over every line, so there is a choice in the cut. */
    public static final int WELL_COVERED = 2;

    public CoverageReport {
        entries = Checks.listOf(entries, "entries");
    }

    /**
     * One shot covering an element.
     *
     * @param shot the shot
     * @param speakerOnCamera whether the element's speaker is among the shot's subjects (or the
     *     shot names no subjects, so everything in it counts as seen); {@code true} for elements
     *     without a speaker
     */
    public record Cover(Shot shot, boolean speakerOnCamera) {
        public Cover {
            Checks.notNull(shot, "shot");
        }
    }

    /**
     * One script element and the shots covering it.
     *
     * @param scene index of the scene in the screenplay
     * @param element index of the element in its scene
     * @param value the element
     * @param covers the shots covering it, in plan order
     */
    public record Entry(int scene, int element, Element value, List<Cover> covers) {
        public Entry {
            Checks.notNull(value, "value");
            covers = Checks.listOf(covers, "covers");
        }

        /** Whether the element has a speaker (dialogue) and no covering shot shows the speaker. */
        public boolean speakerNeverOnCamera() {
            return isDialogue(value) && covers.stream().noneMatch(Cover::speakerOnCamera);
        }
    }

    /** The coverage of every element of the screenplay's scenes. */
    public static CoverageReport of(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        List<Entry> entries = new ArrayList<>();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            for (int e = 0; e < scene.elements().size(); e++) {
                Element element = scene.elements().get(e);
                List<Cover> covers = new ArrayList<>();
                for (Shot shot : scene.shots()) {
                    int index = e;
                    if (shot.coverage().filter(c -> c.contains(index)).isPresent()) {
                        covers.add(new Cover(shot, onCamera(shot, element)));
                    }
                }
                entries.add(new Entry(s, e, element, covers));
            }
        }
        return new CoverageReport(entries);
    }

    /** Whether any scene of the screenplay plans a shot. */
    public static boolean hasPlan(Screenplay screenplay) {
        return Checks.notNull(screenplay, "screenplay").scenes().stream().anyMatch(s -> !s.shots().isEmpty());
    }

    /** Elements no shot covers. */
    public List<Entry> uncovered() {
        return entries.stream().filter(e -> e.covers().isEmpty()).toList();
    }

    /** Elements covered by fewer than {@link #WELL_COVERED} shots, the uncovered ones included. */
    public List<Entry> thinlyCovered() {
        return entries.stream().filter(e -> e.covers().size() < WELL_COVERED).toList();
    }

    /** Dialogue elements with no covering shot of the speaker on camera (uncovered dialogue included). */
    public List<Entry> speakerNeverSeen() {
        return entries.stream().filter(Entry::speakerNeverOnCamera).toList();
    }

    private static boolean isDialogue(Element element) {
        return element instanceof Dialogue || element instanceof DualDialogue;
    }

    private static boolean onCamera(Shot shot, Element element) {
        if (shot.subjects().isEmpty()) {
            return true;
        }
        if (element instanceof Dialogue d) {
            return inFrame(shot, d);
        }
        if (element instanceof DualDialogue d) {
            return inFrame(shot, d.left()) || inFrame(shot, d.right());
        }
        return true;
    }

    private static boolean inFrame(Shot shot, Dialogue dialogue) {
        String speaker = dialogue.character().toUpperCase(Locale.ROOT);
        return shot.subjects().stream().anyMatch(s -> s.toUpperCase(Locale.ROOT).equals(speaker));
    }
}
