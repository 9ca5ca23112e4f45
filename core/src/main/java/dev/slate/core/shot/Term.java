package dev.slate.core.shot;

import dev.slate.core.internal.Checks;

import java.util.List;

/**
 * A word of the set vocabulary (a shot size, an angle, a camera move...): the abbreviation crews
 * write on a shot list, a readable label, and the other spellings that parse to it.
 *
 * @since 0.1.0
 */
public interface Term {

    /** The spellings of a term. */
    record Words(String abbreviation, String label, List<String> aliases) {
        public Words {
            Checks.notBlank(abbreviation, "abbreviation");
            Checks.notBlank(label, "label");
            aliases = Checks.listOf(aliases, "aliases");
        }
    }

    /** The term's spellings. */
    Words words();

    /** What a shot list prints, for example {@code CU} or {@code OTS}. */
    default String abbreviation() {
        return words().abbreviation();
    }

    /** The term written out, for example {@code close-up}. */
    default String label() {
        return words().label();
    }

    /** Other spellings accepted when parsing, compared ignoring case, dots, hyphens and apostrophes. */
    default List<String> aliases() {
        return words().aliases();
    }
}
