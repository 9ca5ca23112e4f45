package dev.slate.core.fountain.internal;

import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.shot.internal.ShotNoteReader;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading, with their stable codes. */
final class Problems {

    /** A note opened with {@code [[} that does not close before the paragraph ends. */
    public static final String UNCLOSED_NOTE = "unclosed-note";
    /** A boneyard opened with {@code /*} that never closes. */
    public static final String UNCLOSED_BONEYARD = "unclosed-boneyard";
    /** A boneyard opened inside a boneyard: the first {@code *}{@code /} closes both. */
    public static final String NESTED_BONEYARD = "nested-boneyard";
    /** A note that starts like a shot or cast entry but cannot be read as one. */
    public static final String MALFORMED_SHOT = ShotNoteReader.MALFORMED_SHOT;
    /** A word in a shot note that is in none of the vocabularies; kept as a shot note. */
    public static final String UNKNOWN_SHOT_TERM = ShotNoteReader.UNKNOWN_SHOT_TERM;
    /** A field given twice in one shot note; the later one wins. */
    public static final String DUPLICATE_SHOT_FIELD = ShotNoteReader.DUPLICATE_SHOT_FIELD;
    /** A shot note before the first scene heading, kept as a note. */
    public static final String SHOT_OUTSIDE_SCENE = "shot-outside-scene";
    /** An END SHOT marker for a shot that is not open, or one that closes before any element. */
    public static final String UNMATCHED_SHOT_END = "unmatched-shot-end";
    /** A dual-dialogue cue ({@code ^}) without a dialogue just before it. */
    public static final String DUAL_WITHOUT_PARTNER = "dual-without-partner";
    /** A scene number between {@code #} signs that is not letters and digits. */
    public static final String BAD_SCENE_NUMBER = "bad-scene-number";

    private final List<Problem> list = new ArrayList<>();

    void warning(String code, String message, int line, int column) {
        list.add(Problem.warning(code, message, Location.source(line, column)));
    }

    void add(Problem problem) {
        list.add(problem);
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
