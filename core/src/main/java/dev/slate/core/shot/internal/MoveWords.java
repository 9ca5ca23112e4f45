package dev.slate.core.shot.internal;

import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.Direction;
import dev.slate.core.shot.Movement;
import dev.slate.core.shot.Speed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The words of a camera move, as crews write them: the longest run of leading words that names a
 * move ({@code whip pan left} is a whip pan, to the left), then a direction and a speed in any order.
 * Shared by {@link CameraMove#parse} and the shot-note reader.
 *
 * @param move    the move read, or null when the words are none
 * @param unknown the first word after a move that is neither a direction nor a speed, or null
 */
public record MoveWords(CameraMove move, String unknown) {

    /** Reads words split at white space; never throws. */
    public static MoveWords read(String[] words) {
        for (int n = Math.min(words.length, 3); n >= 1; n--) {
            Optional<Movement> movement = Vocabularies.find(Movement.class, String.join(" ", Arrays.copyOfRange(words, 0, n)));
            if (movement.isEmpty()) {
                continue;
            }
            Optional<Direction> direction = Optional.empty();
            Optional<Speed> speed = Optional.empty();
            for (int i = n; i < words.length; i++) {
                Optional<Direction> d = Vocabularies.find(Direction.class, words[i]);
                Optional<Speed> s = Vocabularies.find(Speed.class, words[i]);
                if (direction.isEmpty() && d.isPresent()) {
                    direction = d;
                } else if (speed.isEmpty() && s.isPresent()) {
                    speed = s;
                } else {
                    return new MoveWords(null, words[i]);
                }
            }
            return new MoveWords(new CameraMove(movement.get(), direction, speed, Optional.empty()), null);
        }
        return new MoveWords(null, null);
    }
}
