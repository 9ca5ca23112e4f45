package dev.slate.core.shot.internal;

import dev.slate.core.CastMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cast member in a Fountain note, so that the cast list lives in the file too:
 * {@code [[CAST: MRS. SHEN | Lin Xiao's mother, a seamstress | aka MOM, SHEN]]}. The first field is
 * the name; a field starting with {@code aka} lists other names; a field {@code #3}, {@code no. 3} or
 * {@code number: 3} is the cast number; any other field is the description.
 */
public final class CastNotation {

    public static final String CAST = "CAST";

    /** A cast-number field: {@code #3}, {@code no. 3}, {@code no 3}, {@code number: 3}. */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:#|no\\.?|number:?)\\s*(\\d{1,9})");

    private CastNotation() {
    }

    public static boolean isCast(String note) {
        return note.startsWith(CAST) && (note.length() == 4 || note.charAt(4) == ':' || note.charAt(4) == ' ');
    }

    /** Reads a cast note; empty (and reported) when it has no name. */
    public static Optional<CastMember> read(String note, ShotNoteReader.Where where) {
        String text = ShotNoteReader.collapseLines(note).substring(CAST.length()).strip();
        if (text.startsWith(":")) {
            text = text.substring(1);
        }
        List<String> fields = Fields.split(text, '|');
        String name = Fields.value(fields.get(0));
        if (name.isEmpty()) {
            where.error(ShotNoteReader.MALFORMED_SHOT, "cast note needs a name: [[CAST: MRS. SHEN | description]]");
            return Optional.empty();
        }
        String description = null;
        OptionalInt number = OptionalInt.empty();
        List<String> aliases = new ArrayList<>();
        for (int i = 1; i < fields.size(); i++) {
            String field = fields.get(i).strip();
            String lower = field.toLowerCase(Locale.ROOT);
            Matcher numbered = NUMBER.matcher(field);
            if (numbered.matches()) {
                int value = Integer.parseInt(numbered.group(1));
                if (value < 1) {
                    where.error(ShotNoteReader.MALFORMED_SHOT, "a cast number is 1 or more: [[CAST: " + name + " | #1]]");
                } else {
                    number = OptionalInt.of(value);
                }
            } else if (lower.startsWith("aka:") || Fields.startsWithWord(lower, "aka")) {
                aliases.addAll(Fields.items(field.substring(lower.startsWith("aka:") ? 4 : 3)));
            } else if (lower.startsWith("description:")) {
                String value = Fields.value(field.substring(12));
                description = value.isBlank() ? description : value;
            } else if (!field.isEmpty()) {
                description = Fields.value(field);
            }
        }
        return Optional.of(new CastMember(name, Optional.ofNullable(description), aliases, number));
    }

    public static String format(CastMember member) {
        StringBuilder out = new StringBuilder(CAST).append(": ").append(Fields.escape(member.name(), ""));
        member.description().filter(d -> !d.isBlank()).ifPresent(d -> {
            String lower = d.strip().toLowerCase(Locale.ROOT);
            boolean keyed = lower.startsWith("aka") || lower.startsWith("description:")
                    || NUMBER.matcher(d.strip()).matches();
            out.append(" | ").append(keyed ? "description: " : "").append(Fields.escape(d, ""));
        });
        if (!member.aliases().isEmpty()) {
            List<String> items = new ArrayList<>();
            member.aliases().forEach(a -> items.add(Fields.item(a)));
            out.append(" | aka ").append(String.join(", ", items));
        }
        member.number().ifPresent(n -> out.append(" | #").append(n));
        return out.toString();
    }
}
