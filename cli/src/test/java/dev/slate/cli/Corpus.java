package dev.slate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real Fountain scripts, beside the checkout. */
final class Corpus {

    private Corpus() {
    }

    static Path folder() {
        String shared = System.getProperty("slate.shared");
        Path dir = shared != null ? Path.of(shared) : Path.of("../../shared");
        return dir.resolve("corpus/fountain");
    }

    static List<Path> scripts() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".fountain")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the shared corpus is missing: " + folder(), e);
        }
    }
}
