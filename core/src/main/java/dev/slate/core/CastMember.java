package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A character of the screenplay, by the name the cues use, with an optional description, other
 * names the script uses for them ({@code MOM} for {@code MRS. SHEN}) and, where the production has
 * fixed it, their cast number (the number strips, one-liners and call sheets print; see
 * {@link dev.slate.core.cast.CastNumbers}).
 *
 * @param name        the name the cues use
 * @param description who they are, if the script says
 * @param aliases     other names the cues use for them
 * @param number      the production's cast number for them, 1 or more, if given
 *
 * @since 0.1.0
 */
public record CastMember(String name, Optional<String> description, List<String> aliases, OptionalInt number) {

    /** Checks the fields. */
    public CastMember {
        Checks.notBlank(name, "name");
        Checks.notNull(description, "description");
        aliases = Checks.listOf(aliases, "aliases");
        aliases.forEach(a -> Checks.notBlank(a, "alias"));
        Checks.notNull(number, "number");
        if (number.isPresent() && number.getAsInt() < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number.getAsInt());
        }
    }

    /**
     * A cast member without a cast number.
     *
     * @param name        the name the cues use
     * @param description who they are, if the script says
     * @param aliases     other names the cues use for them
     */
    public CastMember(String name, Optional<String> description, List<String> aliases) {
        this(name, description, aliases, OptionalInt.empty());
    }

    /** A cast member known only by name. */
    public static CastMember of(String name) {
        return new CastMember(name, Optional.empty(), List.of());
    }

    /** A cast member with a description. */
    public static CastMember of(String name, String description) {
        return new CastMember(name, Optional.of(description), List.of());
    }

    /** This cast member with the given cast number (1 or more). */
    public CastMember withNumber(int number) {
        return new CastMember(name, description, aliases, OptionalInt.of(number));
    }

    /** Whether the name or an alias is this character's, ignoring case. */
    public boolean answersTo(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        if (this.name.toUpperCase(Locale.ROOT).equals(key)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).equals(key));
    }
}
