package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * A kind of camera move. Rack focus is not a move: see {@link FocusChange}.
 *
 * @since 0.1.0
 */
public enum Movement implements Term {
    STATIC("static", "static", "locked off", "locked-off", "lock off", "fixed"),
    PAN("pan", "pan"),
    WHIP_PAN("whip pan", "whip pan", "swish pan"),
    TILT("tilt", "tilt"),
    ROLL("roll", "roll"),
    DOLLY("dolly", "dolly"),
    PUSH_IN("push-in", "push-in", "push"),
    PULL_OUT("pull-out", "pull-out", "pull back", "pullback"),
    TRUCK("truck", "truck", "crab"),
    TRACKING("tracking", "tracking", "track", "follow"),
    ARC("arc", "arc"),
    PEDESTAL("pedestal", "pedestal", "ped"),
    CRANE("crane", "crane", "jib"),
    ZOOM("zoom", "zoom"),
    DOLLY_ZOOM("dolly zoom", "dolly zoom", "vertigo", "zolly"),
    HANDHELD("handheld", "handheld", "hand held", "HH"),
    STEADICAM("Steadicam", "Steadicam", "steadycam"),
    GIMBAL("gimbal", "gimbal"),
    DRONE("drone", "drone", "UAV");

    private final Term.Words words;

    Movement(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Movement parse(String text) {
        return Vocabularies.parse(Movement.class, text, "camera move");
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
