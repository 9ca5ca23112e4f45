package dev.slate.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the examples of a spec file: a fence of 32 backticks and the word {@code example}, the
 * input, a line holding only {@code .}, the expected text, and a closing fence. Sections are the
 * {@code #} headings. In inputs, {@code →} stands for a tab, {@code ␣} for a space that must be
 * seen, {@code ␍} for a carriage return, {@code ␀ ␇ ␛} for NUL, BEL and ESC, and {@code ⟪BOM⟫}
 * for a byte-order mark.
 */
public final class ExampleReader {

    private static final String FENCE = "`".repeat(32);

    private ExampleReader() {
    }

    public static List<Example> read(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder input = null;
        StringBuilder expected = null;
        int start = 0;
        String[] lines = load(resource).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (input == null) {
                if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                } else if (line.equals(FENCE + " example")) {
                    input = new StringBuilder();
                    start = i + 1;
                }
            } else if (expected == null) {
                if (line.equals(".")) {
                    expected = new StringBuilder();
                } else {
                    input.append(line).append('\n');
                }
            } else if (line.equals(FENCE)) {
                examples.add(new Example(file, section, examples.size() + 1, start, visible(input.toString()),
                        expected.toString()));
                input = null;
                expected = null;
            } else {
                expected.append(line).append('\n');
            }
        }
        if (input != null) {
            throw new IllegalStateException(file + ": example at line " + start + " is not closed");
        }
        return examples;
    }

    private static String visible(String text) {
        return text.replace("→", "\t").replace("␣", " ").replace("␍\n", "\r").replace("␍", "\r")
                .replace("⟪BOM⟫", "\uFEFF").replace("⟪NBSP⟫", "\u00A0").replace("␀", "\u0000").replace("␇", "\u0007").replace("␛", "\u001b");
    }

    private static String load(String resource) {
        try (InputStream in = ExampleReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
