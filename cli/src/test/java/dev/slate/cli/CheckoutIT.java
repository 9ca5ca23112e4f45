package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/slate} in a checkout after {@code mvn package}, as the README runs it: the build made the
 * class data of a render for the Java that builds, in cli/target, and the command uses it with the
 * same PDF as plain {@code java -jar}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CheckoutIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theBuildMadeTheClassDataThatBinSlateUsesWithTheSameOutput() throws Exception {
        Path dir = Files.createDirectories(TARGET.resolve("it/checkout run"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain on the concrete.\n");
        List<Path> made = archives();
        Path classes = TARGET.resolve("it/checkout-classes.log"); // no spaces: it is an option

        run(dir, "-Xlog:class+load=info:file=" + classes, Path.of("..", "bin", "slate").toAbsolutePath().toString(),
                "render", script.toString(), "--pdf", "slate.pdf");
        run(dir, "", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TARGET.resolve("slate.jar").toString(), "render", script.toString(), "--pdf", "plain.pdf");

        assertThat(made).isNotEmpty();
        assertThat(archives()).isEqualTo(made);
        assertThat(classes).content().contains("dev.slate.cli.Main source: shared objects file");
        assertThat(dir.resolve("slate.pdf")).hasSameBinaryContentAs(dir.resolve("plain.pdf"));
    }

    private static List<Path> archives() throws IOException {
        try (var files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("slate-\\d+\\.(jsa|aot)")).sorted().toList();
        }
    }

    /** Runs a program with the Java that runs the tests and these JVM options for bin/slate; fails on a non-zero exit. */
    private static void run(Path dir, String javaOptions, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SLATE_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " printed:\n" + out).isZero();
    }
}
