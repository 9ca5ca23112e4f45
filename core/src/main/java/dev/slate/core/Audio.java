package dev.slate.core;

import dev.slate.core.internal.Vocabularies;

import java.util.List;

/** What sound is recorded with a shot. */
public enum Audio implements Term {
    SYNC("sync", "sync sound", "sound", "synch"),
    MOS("MOS", "without sound", "mute", "silent"),
    WILD_TRACK("wild track", "wild track", "wild", "WT");

    private final String abbreviation;
    private final String label;
    private final List<String> aliases;

    Audio(String abbreviation, String label, String... aliases) {
        this.abbreviation = abbreviation;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Parses an abbreviation, label or alias, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static Audio parse(String text) {
        return Vocabularies.parse(Audio.class, text, "audio");
    }

    @Override
    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String toString() {
        return abbreviation;
    }
}
