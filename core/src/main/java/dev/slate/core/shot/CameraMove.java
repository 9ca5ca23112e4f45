package dev.slate.core.shot;

import dev.slate.core.internal.Checks;
import dev.slate.core.shot.internal.MoveWords;
import dev.slate.core.shot.internal.Vocabularies;

import java.util.Locale;
import java.util.Optional;

/**
 * One camera move of a shot: the move, and optionally its direction, speed and a free note.
 *
 * @since 0.1.0
 */
public record CameraMove(Movement movement, Optional<Direction> direction, Optional<Speed> speed,
                         Optional<String> note) {

    public CameraMove {
        Checks.notNull(movement, "movement");
        Checks.notNull(direction, "direction");
        Checks.notNull(speed, "speed");
        Checks.notNull(note, "note");
        note.ifPresent(n -> Checks.notBlank(n, "note"));
    }

    public static CameraMove of(Movement movement) {
        return new CameraMove(movement, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static CameraMove of(Movement movement, Direction direction) {
        return new CameraMove(movement, Optional.of(direction), Optional.empty(), Optional.empty());
    }

    /**
     * Reads a move as crews write it: the move, then a direction and a speed in any order:
     * {@code pan left}, {@code dolly in slow}, {@code push-in}, {@code crane up fast}, {@code zoom out}.
     *
     * @throws IllegalArgumentException naming the accepted words when a word is not understood
     */
    public static CameraMove parse(String text) {
        Checks.notNull(text, "camera move");
        MoveWords words = MoveWords.read(text.strip().split("\\s+"));
        if (words.move() != null) {
            return words.move();
        }
        if (words.unknown() != null) {
            throw new IllegalArgumentException("camera move '" + text + "': '" + words.unknown()
                    + "' is no direction or speed; directions: " + Vocabularies.accepted(Direction.class)
                    + "; speeds: " + Vocabularies.accepted(Speed.class));
        }
        return CameraMove.of(Movement.parse(text)); // throws, listing the accepted moves
    }

    /** The move with a note added. */
    public CameraMove withNote(String note) {
        return new CameraMove(movement, direction, speed, Optional.of(note));
    }

    /** The move, direction and speed as words, as {@link #parse} reads them: {@code dolly in slow}. */
    public String text() {
        StringBuilder out = new StringBuilder(movement.label().toLowerCase(Locale.ROOT));
        direction.ifPresent(d -> out.append(' ').append(d.label()));
        speed.ifPresent(s -> out.append(' ').append(s.abbreviation()));
        return out.toString();
    }

    @Override
    public String toString() {
        return note.map(n -> text() + " (" + n + ")").orElse(text());
    }
}
