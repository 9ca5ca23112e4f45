package dev.slate.core.layout.internal;

import dev.slate.core.Action;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;

import java.util.List;

/**
 * Which apostrophe a script is typed with, so that an inserted {@code (CONT'D)} matches it: the
 * typographic one ({@code ’}) when the script's words use it more often than the straight one.
 */
final class Apostrophes {

    private static final char TYPOGRAPHIC = '\u2019';

    private Apostrophes() {
    }

    /** {@code CONT’D} for a script typed with {@code ’}, else {@code CONT'D}. */
    static String continued(Screenplay screenplay) {
        int[] counts = new int[2];
        count(screenplay.preamble(), counts);
        for (Scene scene : screenplay.scenes()) {
            count(scene.elements(), counts);
        }
        return counts[1] > counts[0] ? "CONT\u2019D" : "CONT'D";
    }

    private static void count(List<Element> elements, int[] counts) {
        for (Element element : elements) {
            if (element instanceof Dialogue d) {
                count(d, counts);
            } else if (element instanceof DualDialogue d) {
                count(d.left(), counts);
                count(d.right(), counts);
            } else if (element instanceof Action a) {
                count(a.text().plain(), counts);
            }
        }
    }

    private static void count(Dialogue d, int[] counts) {
        count(d.cue(), counts);
        for (Dialogue.Part part : d.parts()) {
            count(part.text().plain(), counts);
        }
    }

    /** Apostrophes between two letters (don't, Chen’s), straight in {@code counts[0]}, typographic in {@code counts[1]}. */
    private static void count(String s, int[] counts) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == TYPOGRAPHIC) && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i + 1))) {
                counts[c == '\'' ? 0 : 1]++;
            }
        }
    }
}
