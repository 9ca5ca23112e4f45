package dev.slate.cli;

import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a run must never damage: read-only files, the outputs of a failed run, the folder it writes in. */
class OutputSafetyTest {

    @Test
    void aReadOnlyOutputIsRefusedWithoutForce(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path pdf = Files.writeString(dir.resolve("out.pdf"), "kept");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));

        Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err().strip()).isEqualTo("slate: " + pdf + ": is read-only; make it writable or give --force to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("kept");
    }

    @Test
    void forceReplacesAReadOnlyOutputAndKeepsItsModeAndOwner(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path pdf = Files.writeString(dir.resolve("out.pdf"), "old");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r-----"));
        UserPrincipal owner = Files.getOwner(pdf);
        if (SpecialFiles.isRoot()) {
            owner = pdf.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(pdf, owner);
        }

        Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString(), "--force");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("r--r-----");
        assertThat(Files.getOwner(pdf)).isEqualTo(owner);
    }

    @Test
    void aLinkedOutputIsReplacedThroughTheLink(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path real = Files.writeString(dir.resolve("real.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real.getFileName());

        Slate slate = Slate.run("render", script.toString(), "--pdf", link.toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void whenOneOutputFailsNoneIsReplaced(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("boards.fountain"), "INT. ROOM - DAY\n\n[[SHOT 1: CU | JO | a face | "
                + "storyboard: " + dir.resolve("missing.png") + "]]\n\nJO\nHi.\n");
        Path pdf = Files.writeString(dir.resolve("out.pdf"), "earlier pdf");
        Path csv = Files.writeString(dir.resolve("out.csv"), "earlier csv");

        // A missing board no longer fails a list (it prints as an empty frame): an output in a folder
        // that does not exist does.
        Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString(), "--csv", csv.toString(),
                "--shotlist", dir.resolve("no-such-folder/out.docx").toString(), "--columns", "shot,storyboard");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(Files.readString(pdf)).isEqualTo("earlier pdf");
        assertThat(Files.readString(csv)).isEqualTo("earlier csv");
        assertThat(names(dir)).containsExactlyInAnyOrder("boards.fountain", "out.pdf", "out.csv");
    }

    @Test
    void aFullDeviceIsNoSpaceLeft(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path full = dir.resolve("full"); // like /dev/full: every write fails with ENOSPC
        assumeTrue(SpecialFiles.mknod(full, 1, 7), "making a device node needs root");

        Slate slate = Slate.run("render", script.toString(), "--pdf", full.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err().strip()).isEqualTo("slate: no space left on device writing " + full
                + "; free some space or write elsewhere");
    }

    @Test
    void aFullDiskIsNoSpaceLeftAndLeavesNoFile(@TempDir Path dir) throws Exception {
        assumeTrue(SpecialFiles.isRoot(), "mounting a small file system needs root");
        Path small = Files.createDirectory(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0, "mount refused");
        try {
            Path script = CliTest.copy("big-fish.fountain", dir);
            Path pdf = small.resolve("big-fish.pdf");

            Slate slate = Slate.run("render", script.toString(), "--pdf", pdf.toString());

            assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
            assertThat(slate.err().lines().reduce((a, b) -> b)).hasValue("slate: no space left on device writing " + pdf
                    + "; free some space or write elsewhere");
            assertThat(names(small)).isEmpty();
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void anInterruptedRunLeavesNoTemporaryFile(String signal, @TempDir Path dir) throws Exception {
        String bigFish = Files.readString(SharedFolder.resolve("corpus/fountain/big-fish.fountain"));
        Files.writeString(dir.resolve("long.fountain"), bigFish.repeat(30));
        Process slate = Slate.start(dir, List.of(), Main.class, "render", "long.fountain", "--pdf", "long.pdf");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(dir).stream().noneMatch(TempFiles::isTemporary) && slate.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assumeTrue(slate.isAlive(), "the render finished before it could be interrupted");
            if (signal.equals("TERM")) {
                slate.destroy();
            } else {
                new ProcessBuilder("kill", "-" + signal, Long.toString(slate.pid())).start().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(slate.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(names(dir).stream().filter(TempFiles::isTemporary)).isEmpty();
            assumeTrue(slate.exitValue() != 0, "the render finished before the signal came");
            assertThat(names(dir)).containsExactly("long.fountain");
        } finally {
            slate.destroyForcibly();
        }
    }

    @Test
    void theNextRunRemovesTheLeftoverOfAKilledRun(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        String dead = ".out.pdf.slate-2147483646-42.part"; // no process has that id
        String live = ".out.pdf.slate-" + ProcessHandle.current().pid() + "-43.part";
        Files.writeString(dir.resolve(dead), "%PDF-1.4 half");
        Files.writeString(dir.resolve(live), "another run's, still writing");
        Files.writeString(dir.resolve(".notes.part"), "not ours");

        Slate slate = Slate.run("render", script.toString(), "--pdf", dir.resolve("out.pdf").toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("syntax-simple.fountain", "out.pdf", live, ".notes.part");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
