package dev.slate.core.shot;

import dev.slate.core.shot.internal.Vocabularies;

import java.util.List;

/**
 * What sound is recorded with a shot.
 *
 * @since 0.1.0
 */
public enum Audio implements Term {
    SYNC("sync", "sync sound", "sound", "synch"),
    MOS("MOS", "without sound", "mute", "silent"),
    WILD_TRACK("wild track", "wild track", "wild", "WT");

    private final Term.Words words;

    Audio(String abbreviation, String label, String... aliases) {
        this.words = new Term.Words(abbreviation, label, List.of(aliases));
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
    public Term.Words words() {
        return words;
    }

    @Override
    public String toString() {
        return words.abbreviation();
    }
}
