package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * The size of a shot: how much of the subject the frame holds.
 *
 * @since 0.1.0
 */
public enum ShotSize implements Term {
    EWS("EWS", "extreme wide shot", "ELS", "XWS", "XLS", "extreme wide", "extreme long shot"),
    VWS("VWS", "very wide shot", "very wide"),
    WS("WS", "wide shot", "LS", "wide", "long shot"),
    FS("FS", "full shot", "full"),
    MWS("MWS", "medium wide shot", "MLS", "cowboy", "cowboy shot", "medium wide", "medium long shot"),
    MS("MS", "medium shot", "medium", "mid shot"),
    MCU("MCU", "medium close-up", "medium close up"),
    CU("CU", "close-up", "close up", "closeup"),
    CHOKER("choker", "choker"),
    ECU("ECU", "extreme close-up", "XCU", "extreme close up", "BCU"),
    INSERT("insert", "insert", "cut-in", "cut in");

    private final Term.Words words;

    ShotSize(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static ShotSize parse(String text) {
        return Vocabularies.parse(ShotSize.class, text, "shot size");
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
