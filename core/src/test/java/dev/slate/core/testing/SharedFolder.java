package dev.slate.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's shared references (FORMAT.md, {@code corpus/}, {@code tools/}): the folder
 * {@code shared} beside the checkout, reached as {@code ../../shared} from any module's folder, where
 * Maven runs its tests; the system property {@code slate.shared} names another place. The one place
 * that knows where it is.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The shared folder itself. */
    public static Path dir() {
        String property = System.getProperty("slate.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    /** A file or folder in it, such as {@code corpus/fountain} or {@code tools/check-fdx}, which must exist. */
    public static Path resolve(String path) {
        Path resolved = dir().resolve(path);
        if (!Files.exists(resolved)) {
            throw new IllegalStateException("missing shared file " + resolved.toAbsolutePath().normalize()
                    + " (the system property slate.shared names the shared folder)");
        }
        return resolved;
    }

    /** A shared tool, such as {@code check-screenplay-pdf}. */
    public static Path tool(String name) {
        return resolve("tools/" + name);
    }

    /** The files of a shared folder whose names end in {@code extension}, sorted; never empty. */
    public static List<Path> files(String folder, String extension) {
        Path dir = resolve(folder);
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no " + extension + " files in " + dir.toAbsolutePath().normalize());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The shared corpus of real Fountain scripts. */
    public static List<Path> fountainScripts() {
        return files("corpus/fountain", ".fountain");
    }
}
