package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.testing.SharedFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared corpus of real Fountain scripts and the page counts another renderer gives them. */
final class Corpus {

    private static final Pattern ROW = Pattern.compile("\\|\\s*([\\w.-]+\\.fountain)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|");

    private Corpus() {
    }

    static Path dir() {
        return SharedFolder.resolve("corpus");
    }

    static List<Path> scripts() {
        return SharedFolder.fountainScripts();
    }

    static Screenplay read(Path script) {
        try {
            return FountainReader.create().read(Files.readString(script, StandardCharsets.UTF_8)).screenplay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name to {Letter, A4} page counts, title page included. */
    static Map<String, int[]> expectedPages() {
        Map<String, int[]> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(dir().resolve("EXPECTED.md"))) {
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    expected.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }
}
