package dev.slate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared corpus of Fountain scripts, found through the system property {@code slate.shared}
 * or at ../shared or ../../shared (run from the project or from the benchmarks module).
 */
final class Corpus {

    private Corpus() {
    }

    /** The text of a corpus script, by file name. */
    static String read(String name) {
        Path file = folder().resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path folder() {
        String shared = System.getProperty("slate.shared");
        List<Path> candidates = shared != null ? List.of(Path.of(shared))
                : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"));
        for (Path candidate : candidates) {
            Path dir = candidate.resolve("corpus").resolve("fountain");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("Fountain corpus not found: run from the project directory or pass"
                + " -Dslate.shared=/path/to/shared (looked in " + candidates + ")");
    }
}
