package dev.slate.cli;

import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Running out of memory is one line with the remedy, not a thousand-line trace; --debug adds the trace. */
class ResourceErrorsTest {

    @Test
    void outOfMemoryIsOneLineWithTheRemedy(@TempDir Path dir) throws Exception {
        String bigFish = Files.readString(SharedFolder.resolve("corpus/fountain/big-fish.fountain"));
        Files.writeString(dir.resolve("huge.fountain"), bigFish.repeat(12));

        Slate plain = Slate.processWith(dir, List.of("-Xmx16m"), "stats", "huge.fountain");
        Slate debug = Slate.processWith(dir, List.of("-Xmx16m"), "stats", "--debug", "huge.fountain");

        assertThat(plain.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(plain.err().lines()).hasSize(1);
        assertThat(plain.err()).startsWith("slate: out of memory (Java may use ").contains("-Xmx4g", "SLATE_JAVA_OPTS=-Xmx4g");
        assertThat(debug.err().lines().count()).isGreaterThan(1);
        assertThat(debug.err()).contains("java.lang.OutOfMemoryError");
    }
}
