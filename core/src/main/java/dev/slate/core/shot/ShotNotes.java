package dev.slate.core.shot;

import dev.slate.core.CastMember;
import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.internal.Checks;
import dev.slate.core.shot.internal.CastNotation;
import dev.slate.core.shot.internal.ShotNoteReader;
import dev.slate.core.shot.internal.ShotNoteWriter;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The shot plan written as notes, whatever the script format carries them in (Fountain's
 * {@code [[...]]}, Final Draft's script notes). A note's text, without brackets, is one of:
 * <ul>
 * <li>a shot: {@code SHOT 2B: CU, low angle, static, 50mm | MRS. SHEN | her bare foot | setup B | 3 min};</li>
 * <li>the end of the elements shots cover: {@code END SHOT 2B, 2C};</li>
 * <li>a cast member: {@code CAST: MRS. SHEN | Lin Xiao's mother, a seamstress | aka MOM, SHEN}.</li>
 * </ul>
 * The grammar is documented in {@code docs/fountain.md}. What {@link #writeShot} writes,
 * {@link #readShot} reads back as the same shot (but for its coverage, which END SHOT notes carry).
 *
 * @since 0.1.0
 */
public final class ShotNotes {

    /** Problem code: a note that starts like a shot or cast note but cannot be read as one. An error. */
    public static final String MALFORMED_SHOT = "malformed-shot";
    /** Problem code: a word in a shot note that is in none of the vocabularies; kept as a shot note. */
    public static final String UNKNOWN_SHOT_TERM = "unknown-shot-term";
    /** Problem code: a field given twice in one shot note; the later one wins. */
    public static final String DUPLICATE_SHOT_FIELD = "duplicate-shot-field";

    private ShotNotes() {
    }

    /**
     * Whether a note's text is a shot note: {@code SHOT} then a space, a colon or the end.
     *
     * @param note the note's text, without brackets
     * @return whether {@link #readShot} applies
     */
    public static boolean isShot(String note) {
        return ShotNoteReader.isShot(Checks.notNull(note, "note"));
    }

    /**
     * Whether a note's text closes shots: {@code END SHOT 2B, 2C}.
     *
     * @param note the note's text, without brackets
     * @return whether {@link #readEnd} applies
     */
    public static boolean isEnd(String note) {
        return ShotNoteReader.isEnd(Checks.notNull(note, "note"));
    }

    /**
     * Whether a note's text is a cast note: {@code CAST} then a space, a colon or the end.
     *
     * @param note the note's text, without brackets
     * @return whether {@link #readCast} applies
     */
    public static boolean isCast(String note) {
        return CastNotation.isCast(Checks.notNull(note, "note"));
    }

    /**
     * Reads a shot note. Line breaks inside it read as spaces.
     *
     * @param note     the note's text, without brackets, starting with {@code SHOT}
     * @param location where the note starts, for the problems
     * @param problems receives what is wrong or doubtful, with the codes above
     * @return the shot (without coverage); empty when the note is malformed, which is reported
     */
    public static Optional<Shot> readShot(String note, Location location, Consumer<Problem> problems) {
        return ShotNoteReader.read(Checks.notNull(note, "note"), where(location, problems));
    }

    /**
     * The shot numbers an END SHOT note closes.
     *
     * @param note the note's text, without brackets, starting with {@code END SHOT}
     * @return the numbers, in the order written
     */
    public static List<String> readEnd(String note) {
        return ShotNoteReader.endNumbers(Checks.notNull(note, "note"));
    }

    /**
     * Reads a cast note.
     *
     * @param note     the note's text, without brackets, starting with {@code CAST}
     * @param location where the note starts, for the problems
     * @param problems receives what is wrong, with the codes above
     * @return the cast member; empty when the note has no name, which is reported
     */
    public static Optional<CastMember> readCast(String note, Location location, Consumer<Problem> problems) {
        return CastNotation.read(Checks.notNull(note, "note"), where(location, problems));
    }

    /**
     * The text of a shot's note, without brackets; its coverage is not written (see {@link #writeEnd}).
     *
     * @param shot the shot
     * @return the note's text
     */
    public static String writeShot(Shot shot) {
        return ShotNoteWriter.format(Checks.notNull(shot, "shot"));
    }

    /**
     * The text of a note closing shots, without brackets: {@code END SHOT 2B, 2C}.
     *
     * @param numbers the numbers of the shots whose coverage ends here; at least one
     * @return the note's text
     */
    public static String writeEnd(List<String> numbers) {
        List<String> checked = Checks.listOf(numbers, "numbers");
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("numbers must name at least one shot");
        }
        return ShotNoteReader.END + " " + String.join(", ", checked);
    }

    /**
     * The text of a cast member's note, without brackets.
     *
     * @param member the cast member
     * @return the note's text
     */
    public static String writeCast(CastMember member) {
        return CastNotation.format(Checks.notNull(member, "member"));
    }

    private static ShotNoteReader.Where where(Location location, Consumer<Problem> problems) {
        return new ShotNoteReader.Where(Checks.notNull(problems, "problems"), Checks.notNull(location, "location"));
    }
}
