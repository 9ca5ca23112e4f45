package dev.slate.core.cast;

import dev.slate.core.CastMember;
import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The production numbers of the cast, which strips, one-liners, call sheets and the day out of days
 * print instead of names. A cast member whose cast note gives a number ({@code [[CAST: JIAYI | #1]]})
 * keeps it; everyone else in the {@link CastReport} (the cast, then every other speaking character)
 * is numbered by importance: most scenes first, ties by first appearance, then in report order, each
 * taking the lowest number not given to anyone. A number given twice is kept by the first cast member
 * that has it (the validator warns: {@code duplicate-cast-number}); the later one is numbered as if
 * it had none. The numbers only change when the script's cast or scenes change.
 *
 * @param entries every character with their number, in number order
 *
 * @since 0.1.0
 */
public record CastNumbers(List<Entry> entries) {

    /** Checks the fields. */
    public CastNumbers {
        entries = Checks.listOf(entries, "entries");
    }

    /**
     * One numbered character.
     *
     * @param number    the cast number, 1 or more
     * @param character the name, as in the {@link CastReport}
     * @param scenes    how many scenes they appear in
     */
    public record Entry(int number, String character, int scenes) {
        /** Checks the fields. */
        public Entry {
            if (number < 1) {
                throw new IllegalArgumentException("number must be 1 or more, was " + number);
            }
            Checks.notBlank(character, "character");
            Checks.notNegative(scenes, "scenes");
        }
    }

    /** The cast numbers of a screenplay. */
    public static CastNumbers of(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        return of(screenplay, CastReport.of(screenplay));
    }

    /** The cast numbers of a screenplay whose cast report is already made. */
    public static CastNumbers of(Screenplay screenplay, CastReport report) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(report, "report");
        Map<Integer, CastReport.Row> given = new LinkedHashMap<>();
        List<CastReport.Row> rest = new ArrayList<>();
        for (CastReport.Row row : report.rows()) {
            OptionalInt number = screenplay.castMember(row.character()).map(CastMember::number).orElse(OptionalInt.empty());
            if (number.isPresent() && !given.containsKey(number.getAsInt())) {
                given.put(number.getAsInt(), row);
            } else {
                rest.add(row);
            }
        }
        // A stable sort keeps report order among characters with the same count and first scene.
        rest.sort(Comparator.<CastReport.Row>comparingInt(r -> -r.scenes().size())
                .thenComparingInt(r -> r.scenes().isEmpty() ? Integer.MAX_VALUE : r.scenes().get(0).index()));
        List<Entry> entries = new ArrayList<>();
        given.forEach((number, row) -> entries.add(new Entry(number, row.character(), row.scenes().size())));
        Set<Integer> taken = new HashSet<>(given.keySet());
        int next = 1;
        for (CastReport.Row row : rest) {
            while (taken.contains(next)) {
                next++;
            }
            taken.add(next);
            entries.add(new Entry(next, row.character(), row.scenes().size()));
        }
        entries.sort(Comparator.comparingInt(Entry::number));
        return new CastNumbers(entries);
    }

    /** The number of a character, by their name or (for cast members) an alias, ignoring case. */
    public OptionalInt number(Screenplay screenplay, String name) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(name, "name");
        String canonical = screenplay.castMember(name).map(CastMember::name).orElse(name.strip());
        return entry(canonical).map(e -> OptionalInt.of(e.number())).orElse(OptionalInt.empty());
    }

    /** The entry of a character, by the name the {@link CastReport} gives them, ignoring case. */
    public Optional<Entry> entry(String character) {
        Checks.notNull(character, "character");
        String key = character.strip().toUpperCase(Locale.ROOT);
        return entries.stream().filter(e -> e.character().toUpperCase(Locale.ROOT).equals(key)).findFirst();
    }
}
