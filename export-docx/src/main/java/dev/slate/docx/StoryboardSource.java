package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.shot.Shot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the storyboard image of a shot, for the storyboard column of a shot list. Called once per
 * shot before anything is written; an exception stops the rendering with a message naming the shot.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StoryboardSource {

    /** No images: the storyboard column stays empty. */
    StoryboardSource NONE = (scene, shot) -> Optional.empty();

    /**
     * The image of a shot, or empty when it has none.
     *
     * @throws IOException when an image exists but cannot be read
     */
    Optional<StoryboardImage> image(Scene scene, Shot shot) throws IOException;

    /**
     * Reads each shot's {@link Shot#storyboard()} as a file path, relative to a directory (usually
     * the screenplay's). A shot without a storyboard has no image; a named file that does not exist
     * is an error.
     */
    static StoryboardSource files(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        return (scene, shot) -> {
            if (shot.storyboard().isEmpty()) {
                return Optional.empty();
            }
            Path file = directory.resolve(shot.storyboard().get());
            try {
                return Optional.of(StoryboardImage.of(Files.readAllBytes(file), file.toString()));
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file.toString(), null, "storyboard file not found");
            }
        };
    }

    /** Images given in memory, by shot number: for a list of one scene, or numbers unique in the script. */
    static StoryboardSource byShotNumber(Map<String, StoryboardImage> images) {
        Map<String, StoryboardImage> copy = Map.copyOf(Objects.requireNonNull(images, "images must not be null"));
        return (scene, shot) -> Optional.ofNullable(copy.get(shot.number()));
    }
}
