package dev.slate.fdx.internal;

import dev.slate.core.CastMember;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.core.ReadResult;

import java.util.List;

/**
 * Slate's notes that are not script text, as the text of a Final Draft script note: a shot
 * ({@code SHOT 2B: CU, 50mm | ...}), the end of a shot's coverage ({@code END SHOT 2B}), a cast
 * member ({@code CAST: DANA | ...}), or a writer's note. The notation is Slate's own (docs/fountain.md);
 * it is read and written by core, so that FDX and Fountain never disagree on it.
 */
final class PlanNotes {

    private static final String END = "END SHOT";
    private static final String HEADING = "INT. PLAN - DAY";

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

    /** A writer's note; {@code problems} says why a note that looked like Slate's notation is kept as text. */
    record Plain(String text, List<Problem> problems) implements Kind {
    }

    /** The note text of a shot; its coverage is carried by where the note stands. */
    static String shot(Shot shot) {
        Screenplay one = Screenplay.builder()
                .scene(Scene.builder(HEADING).shot(shot.toBuilder().coverage(null).build()).build()).build();
        return noteLine(FountainWriter.create().write(one), "[[SHOT");
    }

    static String end(List<String> numbers) {
        return END + " " + String.join(", ", numbers);
    }

    static String cast(CastMember member) {
        return noteLine(FountainWriter.create().write(Screenplay.builder().castMember(member).build()), "[[CAST");
    }

    /** A writer's note as a script note's text: escaped with a backslash where it would read as notation. */
    static String note(String text) {
        return text.startsWith("\\") || !(read(text) instanceof Plain) ? "\\" + text : text;
    }

    /** What the text of a script note is. */
    static Kind read(String text) {
        if (text.startsWith("\\")) {
            return new Plain(text.substring(1), List.of());
        }
        String stripped = text.strip();
        if (stripped.startsWith(END) && (stripped.length() == END.length()
                || Character.isWhitespace(stripped.charAt(END.length())))) {
            List<String> numbers = java.util.Arrays.stream(stripped.substring(END.length()).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new EndNote(numbers);
        }
        if (!stripped.startsWith("SHOT") && !stripped.startsWith("CAST")) {
            return new Plain(text, List.of());
        }
        String note = "[[" + text.replace("]]", "] ]") + "]]";
        ReadResult read = FountainReader.create().read(note + "\n\n" + HEADING + "\n\n" + note + "\n");
        Screenplay play = read.screenplay();
        if (!play.cast().isEmpty()) {
            return new CastNote(play.cast().get(0));
        }
        List<Shot> shots = play.scenes().get(0).shots();
        if (!shots.isEmpty()) {
            return new ShotNote(shots.get(0));
        }
        return new Plain(text, read.problems().stream().filter(Problem::isError).toList());
    }

    private static String noteLine(String fountain, String start) {
        for (String line : fountain.split("\n")) {
            if (line.startsWith(start)) {
                return line.substring(2, line.length() - 2);
            }
        }
        throw new IllegalStateException("core wrote no " + start + " note");
    }
}
