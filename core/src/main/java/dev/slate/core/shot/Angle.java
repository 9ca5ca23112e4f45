package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * The camera's angle on the subject.
 *
 * @since 0.1.0
 */
public enum Angle implements Term {
    EYE_LEVEL("eye level", "eye level", "eye", "eye-level angle"),
    HIGH("high", "high angle"),
    LOW("low", "low angle"),
    DUTCH("Dutch", "Dutch angle", "canted", "dutch tilt"),
    OVERHEAD("overhead", "overhead", "bird's eye", "birds eye view", "top shot", "top down"),
    WORMS_EYE("worm's eye", "worm's eye", "worms eye view"),
    SHOULDER_LEVEL("shoulder level", "shoulder level", "shoulder"),
    HIP_LEVEL("hip level", "hip level", "hip"),
    KNEE_LEVEL("knee level", "knee level", "knee"),
    GROUND_LEVEL("ground level", "ground level", "ground"),
    AERIAL("aerial", "aerial");

    private final Term.Words words;

    Angle(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Angle parse(String text) {
        return Vocabularies.parse(Angle.class, text, "angle");
    }

    @Override
    public Term.Words words() {
        return words;
    }

    @Override
    public String toString() {
        return words.abbreviation();
    }
}
