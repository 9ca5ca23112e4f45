package dev.slate.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive a filmmaker installs, unpacked into a folder whose path has spaces, runs without Maven:
 * {@code bin/slate --version} and a render, also through a link on the PATH.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DistributionIT {

    private static final String VERSION = System.getProperty("slate.version", "0.1.0-SNAPSHOT");
    private static final Path TARGET = Path.of("target");
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path into = Files.createDirectories(TARGET.resolve("it/Slate Install " + System.nanoTime())).toAbsolutePath();
        run(into, "tar", "-xzf", TARGET.resolve("slate-" + VERSION + ".tar.gz").toAbsolutePath().toString());
        home = into.resolve("slate-" + VERSION).toAbsolutePath();
    }

    @Test
    void theArchiveHoldsTheCommandItsCompletionAndTheLicences() {
        assertThat(home.resolve("bin/slate")).isExecutable();
        assertThat(home.resolve("bin/slate.cmd")).isRegularFile();
        assertThat(home.resolve("lib/slate.jar")).isRegularFile();
        assertThat(home.resolve("completion/slate_completion")).content().contains("complete -F");
        assertThat(home.resolve("LICENSE")).content().contains("Apache License");
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
    }

    @Test
    void theZipHoldsWhatTheTarHolds() throws IOException {
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(TARGET.resolve("slate-" + VERSION + ".zip").toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    zipped.add(entry.getName());
                }
            }
        }
        List<String> unpacked = new ArrayList<>();
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> unpacked.add("slate-" + VERSION + "/" + home.relativize(f).toString().replace('\\', '/')));
        }
        Collections.sort(zipped);
        Collections.sort(unpacked);
        assertThat(zipped).isEqualTo(unpacked);
    }

    @Test
    void theWindowsScriptHasWindowsLineEndings() throws IOException {
        String script = Files.readString(home.resolve("bin/slate.cmd"), StandardCharsets.US_ASCII);
        assertThat(script).contains("\r\n").doesNotContain("\n\n").contains("lib\\slate.jar");
        assertThat(script.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void versionSaysWhatRunsAndFromWhere() throws Exception {
        String out = run(home, home.resolve("bin/slate").toString(), "--version");
        assertThat(out).contains("slate " + VERSION).contains("Java ")
                .contains(home.resolve("lib/slate.jar").toRealPath().toString());
    }

    @Test
    void rendersAScriptWhosePathHasSpaces() throws Exception {
        Path dir = Files.createDirectories(home.getParent().resolve("My Scripts"));
        Path script = dir.resolve("the rooftop.fountain");
        Files.writeString(script, "EXT. SCHOOL ROOFTOP - DAY\n\nRain on the concrete.\n\nJIAYI\nYou said it was a joke.\n");
        run(dir, home.resolve("bin/slate").toString(), "render", script.toString(), "--pdf");
        assertThat(dir.resolve("the rooftop.pdf")).isRegularFile();
        assertThat(new String(Files.readAllBytes(dir.resolve("the rooftop.pdf")), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theFirstRenderMakesAClassDataArchiveThatLaterRunsUseWithTheSameOutput() throws Exception {
        Path dir = Files.createDirectories(home.getParent().resolve("archive run"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain on the concrete.\n");
        Path slate = home.resolve("bin/slate");

        run(dir, slate.toString(), "render", script.toString(), "--pdf", "first.pdf");
        List<Path> archives;
        try (var files = Files.list(cache().resolve("slate"))) {
            archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
        run(dir, slate.toString(), "render", script.toString(), "--pdf", "second.pdf");
        run(dir, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                home.resolve("lib/slate.jar").toString(), "render", script.toString(), "--pdf", "plain.pdf");

        assertThat(archives).isNotEmpty();
        assertThat(dir.resolve("second.pdf")).hasSameBinaryContentAs(dir.resolve("first.pdf"))
                .hasSameBinaryContentAs(dir.resolve("plain.pdf"));
    }

    @Test
    void runsThroughALinkOnThePath() throws Exception {
        Path bin = Files.createDirectories(home.getParent().resolve("path bin"));
        Path link = bin.resolve("slate");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, home.resolve("bin/slate").toAbsolutePath());
        assertThat(run(bin, link.toString(), "--version")).contains("slate " + VERSION);
    }

    /** Where bin/slate keeps its class-data archive in these tests, instead of the user's cache. */
    private static Path cache() {
        return TARGET.resolve("it/cache").toAbsolutePath();
    }

    /** Runs a program with the Java that runs the tests, and returns its standard output; fails on a non-zero exit. */
    private static String run(Path dir, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", cache().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " printed:\n" + out).isZero();
        return out;
    }
}
