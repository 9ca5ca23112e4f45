package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A character of the screenplay, by the name the cues use, with an optional description and other
 * names the script uses for them ({@code MOM} for {@code MRS. SHEN}).
 */
public record CastMember(String name, Optional<String> description, List<String> aliases) {

    public CastMember {
        Checks.notBlank(name, "name");
        Checks.notNull(description, "description");
        aliases = Checks.listOf(aliases, "aliases");
        aliases.forEach(a -> Checks.notBlank(a, "alias"));
    }

    public static CastMember of(String name) {
        return new CastMember(name, Optional.empty(), List.of());
    }

    public static CastMember of(String name, String description) {
        return new CastMember(name, Optional.of(description), List.of());
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
