package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example screenplay with its shot plan, read from the examples module's resources. */
final class Example {

    static final Path FILE = Path.of("..", "examples", "src", "main", "resources",
            "love-lights-my-way-back-home.fountain");

    private Example() {
    }

    static Screenplay screenplay() {
        try {
            return FountainReader.create().read(Files.readString(FILE, StandardCharsets.UTF_8)).screenplay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
