package dev.slate.core.schedule;

import dev.slate.core.Element;
import dev.slate.core.Location;
import dev.slate.core.Note;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.SourceMap;
import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedule kept in a screenplay: its {@code [[DAY ...]]} notes ({@link ScheduleNotation}),
 * which the Fountain reader keeps as {@link Note} elements wherever the writer put them, and the
 * Fountain writer writes back as they are.
 *
 * @since 0.1.0
 */
public final class ScheduleNotes {

    private ScheduleNotes() {
    }

    /**
     * The schedule read from a screenplay's day notes, in the order they stand.
     *
     * @param schedule the days that could be read
     * @param problems what is wrong in the notes ({@link ScheduleCodes#MALFORMED_DAY})
     * @param places   where each day of {@code schedule} is written
     */
    public record Read(Schedule schedule, List<Problem> problems, List<Place> places) {
        /** Checks the fields. */
        public Read {
            Checks.notNull(schedule, "schedule");
            problems = Checks.listOf(problems, "problems");
            places = Checks.listOf(places, "places");
        }
    }

    /**
     * Where a day note is written.
     *
     * @param scene    the scene it stands in, empty before the first scene
     * @param position the line and column of its text, when read from a file
     * @param text     its text
     */
    public record Place(Optional<Integer> scene, Optional<SourceMap.Position> position, String text) {
        /** Checks the fields. */
        public Place {
            Checks.notNull(scene, "scene");
            Checks.notNull(position, "position");
            Checks.notNull(text, "text");
        }

        /** Where a character of the note's text is, as a problem names it. */
        public Location at(int offset) {
            Location base = scene.map(Location::scene).orElse(Location.DOCUMENT);
            if (position.isEmpty()) {
                return base;
            }
            int line = position.get().line();
            int column = position.get().column() + 2; // after the opening [[
            for (int i = 0; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return base.withSource(line, column);
        }
    }

    /** The schedule of a screenplay not read from a file. */
    public static Read read(Screenplay screenplay) {
        return read(screenplay, SourceMap.NONE);
    }

    /** The schedule of a screenplay, with the positions of a source map in its problems. */
    public static Read read(Screenplay screenplay, SourceMap sources) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(sources, "sources");
        List<ShootingDay> days = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        collect(screenplay.preamble(), -1, sources, days, problems, places);
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            collect(screenplay.scenes().get(s).elements(), s, sources, days, problems, places);
        }
        return new Read(new Schedule(days), problems, places);
    }

    private static void collect(List<Element> elements, int scene, SourceMap sources, List<ShootingDay> days,
                                List<Problem> problems, List<Place> places) {
        for (int e = 0; e < elements.size(); e++) {
            if (!(elements.get(e) instanceof Note note) || !ScheduleNotation.isDay(note.text())) {
                continue;
            }
            Place place = new Place(scene < 0 ? Optional.empty() : Optional.of(scene), sources.element(scene, e),
                    note.text());
            ScheduleNotation.Reading reading = ScheduleNotation.read(note.text());
            for (ScheduleNotation.Issue issue : reading.issues()) {
                problems.add(Problem.error(ScheduleCodes.MALFORMED_DAY, issue.message(), place.at(issue.offset())));
            }
            reading.day().ifPresent(day -> {
                days.add(day);
                places.add(place);
            });
        }
    }

    /**
     * The screenplay with days added as notes at its end (after the last scene's elements, so no
     * element of a scene moves and every shot keeps its coverage).
     */
    public static Screenplay append(Screenplay screenplay, List<ShootingDay> days) {
        Checks.notNull(screenplay, "screenplay");
        Checks.listOf(days, "days");
        if (days.isEmpty()) {
            return screenplay;
        }
        Screenplay.Builder builder = screenplay.toBuilder();
        if (screenplay.scenes().isEmpty()) {
            days.forEach(d -> builder.note(ScheduleNotation.format(d)));
            return builder.build();
        }
        int last = screenplay.scenes().size() - 1;
        Scene.Builder scene = screenplay.scenes().get(last).toBuilder();
        days.forEach(d -> scene.note(ScheduleNotation.format(d)));
        return builder.setScene(last, scene.build()).build();
    }
}
