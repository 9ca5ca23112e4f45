package dev.slate.docx.internal;

import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import dev.slate.docx.Storyboards;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a renderer finds and checks storyboard images, as the shot list's and the storyboard sheet's
 * builders both take it: one set of defaults and checks for both.
 *
 * @param source    where the images come from
 * @param maxPixels the largest image accepted, in pixels
 * @param problems  told of every board that cannot be shown
 */
public record BoardSettings(StoryboardSource source, long maxPixels, Consumer<StoryboardProblem> problems) {

    /** Each shot's storyboard path inside the working directory, 50 megapixels at most, problems ignored. */
    public static final BoardSettings DEFAULT = new BoardSettings(StoryboardSource.files(Path.of("")),
            Storyboards.DEFAULT_MAX_PIXELS, problem -> { });

    public BoardSettings {
        Objects.requireNonNull(source, "storyboards must not be null");
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxBoardPixels must be positive, got " + maxPixels);
        }
        Objects.requireNonNull(problems, "boardProblems must not be null");
    }

    /** These settings with another image source. */
    public BoardSettings withSource(StoryboardSource storyboards) {
        return new BoardSettings(storyboards, maxPixels, problems);
    }

    /** These settings with another largest image. */
    public BoardSettings withMaxPixels(long pixels) {
        return new BoardSettings(source, pixels, problems);
    }

    /** These settings telling another listener of problems. */
    public BoardSettings withProblems(Consumer<StoryboardProblem> boardProblems) {
        return new BoardSettings(source, maxPixels, boardProblems);
    }
}
