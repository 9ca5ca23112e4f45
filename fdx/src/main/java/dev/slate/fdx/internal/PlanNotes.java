package dev.slate.fdx.internal;

import dev.slate.core.CastMember;
import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.ShotNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slate's notes that are not script text, as the text of a Final Draft script note: a shot
 * ({@code SHOT 2B: CU, 50mm | ...}), the end of a shot's coverage ({@code END SHOT 2B}), a cast
 * member ({@code CAST: DANA | ...}), or a writer's note. The notation is core's {@link ShotNotes},
 * so that FDX and Fountain never disagree on it.
 */
final class PlanNotes {

    private PlanNotes() {
    }

    /** What a script note's text is. */
    sealed interface Kind permits ShotNote, EndNote, CastNote, Plain {
    }

    record ShotNote(Shot shot) implements Kind {
    }

    record EndNote(List<String> numbers) implements Kind {
    }

    record CastNote(CastMember member) implements Kind {
    }

    /** A writer's note. */
    record Plain(String text) implements Kind {
    }

    /** The note text of a shot; its coverage is carried by where the note stands. */
    static String shot(Shot shot) {
        return ShotNotes.writeShot(shot);
    }

    static String end(List<String> numbers) {
        return ShotNotes.writeEnd(numbers);
    }

    static String cast(CastMember member) {
        return ShotNotes.writeCast(member);
    }

    /** A writer's note as a script note's text: escaped with a backslash where it would read as notation. */
    static String note(String text) {
        return text.startsWith("\\") || ShotNotes.isShot(text) || ShotNotes.isEnd(text) || ShotNotes.isCast(text)
                ? "\\" + text : text;
    }

    /** What the text of a script note is; what is wrong or doubtful in it goes to {@code problems}. */
    static Kind read(String text, Location where, List<Problem> problems) {
        if (text.startsWith("\\")) {
            return new Plain(text.substring(1));
        }
        if (ShotNotes.isEnd(text)) {
            return new EndNote(ShotNotes.readEnd(text));
        }
        if (ShotNotes.isShot(text)) {
            Optional<Shot> shot = ShotNotes.readShot(text, where, problems::add);
            return shot.<Kind>map(ShotNote::new).orElse(new Plain(text));
        }
        if (ShotNotes.isCast(text)) {
            Optional<CastMember> member = ShotNotes.readCast(text, where, problems::add);
            return member.<Kind>map(CastNote::new).orElse(new Plain(text));
        }
        return new Plain(text);
    }
}
