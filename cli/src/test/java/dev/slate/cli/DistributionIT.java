package dev.slate.cli;

import org.junit.jupiter.api.Assumptions;
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
import java.util.Map;
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
    /** The archive unpacked once more where the path has no space, as Java 17's class-data sharing needs. */
    private static Path plainHome;

    @BeforeAll
    static void unpack() throws Exception {
        home = unpack("it/Slate Install " + System.nanoTime());
        plainHome = unpack("it/slate-install-" + System.nanoTime());
    }

    private static Path unpack(String folder) throws Exception {
        Path into = Files.createDirectories(TARGET.resolve(folder)).toAbsolutePath();
        run(into, "tar", "-xzf", TARGET.resolve("slate-" + VERSION + ".tar.gz").toAbsolutePath().toString());
        return into.resolve("slate-" + VERSION).toAbsolutePath();
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
        assertTheFirstRenderMakesAnArchiveThatLaterRunsUse(plainHome, System.getProperty("java.home"), ".jsa");
    }

    /** Java 17 maps no class of a jar whose path has a space from an archive (this one has): none is made. */
    @Test
    void java17MakesNoArchiveForAJarWhosePathHasASpaceAndRendersTheSame() throws Exception {
        Path dir = Files.createDirectories(home.getParent().resolve("archive run"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain.\n");
        for (Path earlier : archives()) {
            Files.delete(earlier);
        }

        run(dir, home.resolve("bin/slate").toString(), "render", script.toString(), "--pdf", "slate.pdf");
        run(dir, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                home.resolve("lib/slate.jar").toString(), "render", script.toString(), "--pdf", "plain.pdf");

        assertThat(home.toString()).contains(" ");
        assertThat(archives()).isEmpty();
        assertThat(dir.resolve("slate.pdf")).hasSameBinaryContentAs(dir.resolve("plain.pdf"));
    }

    /**
     * With a Java 25 or later (SLATE_TEST_JAVA_25 names one; skipped without), the archive is a JDK 25
     * AOT cache, used also for a jar whose path has a space, and the PDFs are the same as Java 17's.
     */
    @Test
    void aJava25MakesAnAotCacheThatLaterRunsUseWithTheSameOutput() throws Exception {
        String java25 = System.getenv("SLATE_TEST_JAVA_25");
        Assumptions.assumeTrue(java25 != null && !java25.isEmpty(), "SLATE_TEST_JAVA_25 names no Java 25");
        Path dir = assertTheFirstRenderMakesAnArchiveThatLaterRunsUse(home, java25, ".aot");
        run(dir, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                home.resolve("lib/slate.jar").toString(), "render", "rooftop.fountain", "--pdf", "java17.pdf");
        assertThat(dir.resolve("first.pdf")).hasSameBinaryContentAs(dir.resolve("java17.pdf"));
    }

    @Test
    void anArchiveThatDoesNotFitIsIgnoredSilently() throws Exception {
        assertAnArchiveThatDoesNotFitIsIgnoredSilently(System.getProperty("java.home"));
    }

    /** The same with a JDK 25 AOT cache (SLATE_TEST_JAVA_25 names a Java 25; skipped without). */
    @Test
    void anAotCacheThatDoesNotFitIsIgnoredSilently() throws Exception {
        String java25 = System.getenv("SLATE_TEST_JAVA_25");
        Assumptions.assumeTrue(java25 != null && !java25.isEmpty(), "SLATE_TEST_JAVA_25 names no Java 25");
        assertAnArchiveThatDoesNotFitIsIgnoredSilently(java25);
    }

    private static void assertAnArchiveThatDoesNotFitIsIgnoredSilently(String java) throws Exception {
        Path dir = Files.createDirectories(plainHome.getParent().resolve("misfit"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain.\n");
        Path slate = plainHome.resolve("bin/slate");
        for (Path earlier : archives()) {
            Files.delete(earlier);
        }
        run(java, dir, slate.toString(), "render", script.toString(), "--pdf", "first.pdf");
        List<Path> archives = archives();
        assertThat(archives).isNotEmpty();
        for (Path archive : archives) { // newer than the jar, so bin/slate hands it to Java
            archive.toFile().setWritable(true);
            Files.writeString(archive, "not an archive");
        }

        String out = run(java, dir, slate.toString(), "render", script.toString(), "--pdf", "misfit.pdf");

        assertThat(out).isEmpty();
        assertThat(dir.resolve("misfit.pdf")).hasSameBinaryContentAs(dir.resolve("first.pdf"));
        for (Path archive : archives) {
            Files.delete(archive);
        }
    }

    /**
     * A Java that cannot make an archive (here one whose {@code -Xshare:dump} fails) leaves an empty file
     * in its place: the render succeeds, and later renders neither try again nor hand Java the file.
     */
    @Test
    void anArchiveThatCannotBeMadeIsTriedOnce() throws Exception {
        Path real = Path.of(System.getProperty("java.home"));
        Path java = Files.createDirectories(TARGET.resolve("it/no-dump-java-" + System.nanoTime()).toAbsolutePath());
        Files.createDirectories(java.resolve("lib/server"));
        Files.createSymbolicLink(java.resolve("lib/server/classes.jsa"), real.resolve("lib/server/classes.jsa"));
        Files.copy(real.resolve("release"), java.resolve("release"));
        Path calls = java.resolve("calls.log");
        Path wrapper = Files.writeString(Files.createDirectories(java.resolve("bin")).resolve("java"),
                "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "case \"$*\" in *-Xshare:dump*) exit 1 ;; esac\n"
                + "exec '" + real.resolve("bin/java") + "' \"$@\"\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        Path dir = Files.createDirectories(plainHome.getParent().resolve("no dump"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain.\n");
        Path slate = plainHome.resolve("bin/slate");
        for (Path earlier : archives()) {
            Files.delete(earlier);
        }

        run(java.toString(), dir, slate.toString(), "render", script.toString(), "--pdf", "first.pdf");
        List<Path> archives = archives();
        Files.delete(calls);
        run(java.toString(), dir, slate.toString(), "render", script.toString(), "--pdf", "second.pdf");

        assertThat(archives).singleElement().satisfies(a -> assertThat(a).isEmptyFile());
        assertThat(calls).content().doesNotContain("-Xshare:dump", "SharedArchiveFile", "DumpLoadedClassList")
                .contains("render");
        assertThat(dir.resolve("second.pdf")).hasSameBinaryContentAs(dir.resolve("first.pdf"));
        for (Path archive : archives) {
            Files.delete(archive);
        }
    }

    /** Renders thrice with bin/slate and once with plain java -jar; returns the folder of the PDFs. */
    private static Path assertTheFirstRenderMakesAnArchiveThatLaterRunsUse(Path home, String java, String kind)
            throws Exception {
        Path dir = Files.createDirectories(home.getParent().resolve(kind.substring(1) + " run"));
        Path script = Files.writeString(dir.resolve("rooftop.fountain"), "EXT. SCHOOL ROOFTOP - DAY\n\nRain on the concrete.\n");
        Path slate = home.resolve("bin/slate");
        for (Path earlier : archives()) {
            Files.delete(earlier);
        }

        // The first render writes its PDF to standard output, which Java's note of the classes stays off.
        String first = run(java, dir, slate.toString(), "render", script.toString(), "--pdf", "-");
        List<Path> archives = archives();
        run(java, dir, slate.toString(), "render", script.toString(), "--pdf", "first.pdf");
        Path classes = TARGET.resolve("it/" + kind.substring(1) + "-classes.log").toAbsolutePath(); // no spaces: an option
        run(Map.of("JAVA_HOME", java, "SLATE_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), dir,
                slate.toString(), "render", script.toString(), "--pdf", "second.pdf");
        run(java, dir, Path.of(java, "bin", "java").toString(), "-jar",
                home.resolve("lib/slate.jar").toString(), "render", script.toString(), "--pdf", "plain.pdf");

        assertThat(archives).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(kind));
        assertThat(archives()).isEqualTo(archives);
        assertThat(classes).content().contains("dev.slate.cli.Main source: shared objects file");
        assertThat(dir.resolve("second.pdf")).hasSameBinaryContentAs(dir.resolve("first.pdf"))
                .hasSameBinaryContentAs(dir.resolve("plain.pdf"));
        assertThat(first).startsWith("%PDF-").endsWith("%%EOF\n");
        return dir;
    }

    /** The archives and any other files in bin/slate's cache. */
    private static List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache().resolve("slate"))) {
            return List.of();
        }
        try (var files = Files.list(cache().resolve("slate"))) {
            return files.toList();
        }
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
        return run(System.getProperty("java.home"), dir, command);
    }

    /** Runs a program with JAVA_HOME set to {@code java}, and returns what it printed; fails on a non-zero exit. */
    private static String run(String java, Path dir, String... command) throws Exception {
        return run(Map.of("JAVA_HOME", java), dir, command);
    }

    /** Runs a program with these environment variables, and returns what it printed; fails on a non-zero exit. */
    private static String run(Map<String, String> environment, Path dir, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("XDG_CACHE_HOME", cache().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + " printed:\n" + out).isZero();
        return out;
    }
}
