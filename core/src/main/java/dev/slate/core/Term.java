package dev.slate.core;

import java.util.List;

/**
 * A word of the set vocabulary (a shot size, an angle, a camera move...): the abbreviation crews
 * write on a shot list, a readable label, and the other spellings that parse to it.
 */
public interface Term {

    /** What a shot list prints, for example {@code CU} or {@code OTS}. */
    String abbreviation();

    /** The term written out, for example {@code close-up}. */
    String label();

    /** Other spellings accepted when parsing, compared ignoring case, dots, hyphens and apostrophes. */
    List<String> aliases();
}
