package dev.slate.docx;

import java.util.Objects;

/**
 * A storyboard that cannot be shown: missing, refused, unreadable, not a PNG or JPEG, or over the
 * pixel limit. The shot prints an empty frame with its path instead.
 *
 * @param sceneIndex the scene's index in the screenplay
 * @param shotIndex  the shot's index in the scene's shots, as the source map counts them
 * @param shot       the shot number
 * @param board      the storyboard as written
 * @param reason     what is wrong and what to do, without the board's path
 *
 * @since 0.1.0
 */
public record StoryboardProblem(int sceneIndex, int shotIndex, String shot, String board, String reason) {
    public StoryboardProblem {
        Objects.requireNonNull(shot, "shot must not be null");
        Objects.requireNonNull(board, "board must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    /** {@code storyboard boards/2a.png of shot 2A: file not found; ...}. */
    public String message() {
        return "storyboard " + board + " of shot " + shot + ": " + reason;
    }
}
