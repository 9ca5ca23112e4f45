package dev.slate.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A character cue read into the name and its extensions: the trailing {@code (...)} groups of
 * {@code MRS. SHEN (O.S.) (CONT'D)}. Empty groups are dropped; a group at the very start is part of
 * the name. Shared by the Fountain reader and {@link dev.slate.core.Dialogue#builder(String)}.
 *
 * @param name       the cue without its extensions, trimmed; empty when the cue names nobody
 * @param extensions the extensions in the order written, each trimmed
 */
public record Cue(String name, List<String> extensions) {

    public Cue {
        extensions = List.copyOf(extensions);
    }

    /** Reads a cue as written; linear in its length, however many groups it has. */
    public static Cue read(String text) {
        String cue = Spaces.trim(text);
        List<String> extensions = new ArrayList<>();
        int end = cue.length();
        // Scanned back by index, never by cutting the text, so that a million groups stay linear.
        while (end > 0 && cue.charAt(end - 1) == ')') {
            int open = cue.lastIndexOf('(', end - 1);
            if (open <= 0) {
                break;
            }
            String extension = cue.substring(open + 1, end - 1).strip();
            if (!extension.isEmpty()) {
                extensions.add(extension);
            }
            end = open;
            while (end > 0 && Spaces.isSpace(cue.charAt(end - 1))) {
                end--;
            }
        }
        Collections.reverse(extensions);
        return new Cue(Spaces.trim(cue.substring(0, end)), extensions);
    }
}
