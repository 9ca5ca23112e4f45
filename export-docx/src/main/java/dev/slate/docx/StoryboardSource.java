package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.shot.Shot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the storyboard image of a shot, for the storyboard column and the storyboard sheet. Called
 * once per shot before anything is written. An exception does not stop the rendering: the shot
 * prints an empty frame with its storyboard path, and the problem is reported
 * ({@link DocxShotListRenderer.Builder#boardProblems}).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StoryboardSource {

    /** No images: every board prints as an empty frame with its path. */
    StoryboardSource NONE = (scene, shot) -> Optional.empty();

    /** The largest board file read, 64 MB: a storyboard frame is a small picture. */
    long MAX_FILE_BYTES = 64L << 20;

    /**
     * The one message for a board that is refused: outside the folder, or not a regular file. It
     * never says whether the file exists.
     */
    String REFUSED = "refused: a storyboard must be a PNG or JPEG file inside the script's folder "
            + "(or the folder given with --boards)";

    /**
     * The image of a shot, or empty when it has none.
     *
     * @throws IOException when an image is named but cannot be read or is refused; the message says why
     */
    Optional<StoryboardImage> image(Scene scene, Shot shot) throws IOException;

    /**
     * Reads each shot's {@link Shot#storyboard()} as a file path inside a folder (usually the
     * script's). A path that leads out of the folder (absolute, {@code ..}, or a link pointing out)
     * is refused with {@link #REFUSED} before the file system is asked about it, so that the message
     * never tells whether such a file exists; so is anything that is not a regular file (a FIFO,
     * a device, a folder), without opening it. A board given as a URL is never fetched: it has no
     * image and prints as its link text.
     */
    static StoryboardSource files(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        Path root = directory.toAbsolutePath().normalize();
        return (scene, shot) -> {
            if (shot.storyboard().isEmpty() || Storyboards.isLink(shot.storyboard().get())) {
                return Optional.empty();
            }
            String written = shot.storyboard().get();
            Path file;
            try {
                file = root.resolve(written).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new IOException(REFUSED);
            }
            if (!file.startsWith(root) || file.equals(root)) {
                throw new IOException(REFUSED);
            }
            // A link inside the folder may lead out of it: compare where the folder and the file really are.
            Path realRoot = root.toRealPath();
            Path parent = file.getParent();
            if (!Files.isDirectory(parent) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(parent) && !parent.toRealPath().startsWith(realRoot)) {
                    throw new IOException(REFUSED);
                }
                throw new java.nio.file.NoSuchFileException(written, null, "storyboard file not found");
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(REFUSED);
            }
            if (Files.size(real) > MAX_FILE_BYTES) {
                throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MB; save a smaller frame");
            }
            try (InputStream in = Files.newInputStream(real)) {
                return Optional.of(StoryboardImage.of(in.readNBytes((int) MAX_FILE_BYTES + 1), written));
            }
        };
    }

    /** Images given in memory, by shot number: for a list of one scene, or numbers unique in the script. */
    static StoryboardSource byShotNumber(Map<String, StoryboardImage> images) {
        Map<String, StoryboardImage> copy = Map.copyOf(Objects.requireNonNull(images, "images must not be null"));
        return (scene, shot) -> Optional.ofNullable(copy.get(shot.number()));
    }
}
