package dev.slate.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java in the README compiles against the current API, so the first thing a developer copies works.
 * The blocks are read top to bottom as one program: a later block uses what an earlier one made.
 */
class ReadmeJavaTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesJavaCompiles(@TempDir Path out) throws IOException {
        List<String> blocks = JavaSnippets.snippets(Path.of("../README.md"), JAVA_BLOCK);
        assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(2);
        assertThat(JavaSnippets.compile("ReadmeSnippet", String.join("\n", blocks), out)).isEmpty();
    }
}
