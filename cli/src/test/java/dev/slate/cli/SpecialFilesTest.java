package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Standard output, devices, FIFOs and sockets named as outputs or inputs: streamed, refused, never replaced. */
class SpecialFilesTest {

    @Test
    void aPdfOnStandardOutput(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"render", script.toString(), "--pdf", "-"}, stdout, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(new String(stdout.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(Files.list(dir)).containsExactly(script);
    }

    @Test
    void convertWritesToStandardOutputAndRefusesAReadOnlyFile(@TempDir Path dir) throws IOException {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Path readOnly = Files.writeString(dir.resolve("kept.fdx"), "kept");
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        int code = Main.run(new String[] {"convert", script.toString(), "-", "--to", "fdx"}, stdout,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Slate refused = Slate.run("convert", script.toString(), readOnly.toString());

        assertThat(code).isZero();
        assertThat(stdout.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml").contains("<FinalDraft");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(refused.err()).contains("is read-only; make it writable or give --force");
        assertThat(Files.readString(readOnly)).isEqualTo("kept");
    }

    @Test
    void aProcessPipesItsPdfToStandardOutput(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("syntax-simple.fountain", dir);

        Slate slate = Slate.process(dir, "render", script.getFileName().toString(), "--pdf", "-");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).startsWith("%PDF-").contains("%%EOF");
        assertThat(Files.list(dir)).containsExactly(script);
    }

    @Test
    void aLinkToStandardOutputIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "no /proc/self/fd");
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/proc/self/fd/1"));

        Slate slate = Slate.process(dir, "render", script.getFileName().toString(), "--pdf=stdout");

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.out()).startsWith("%PDF-");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/proc/self/fd/1"));
    }

    @Test
    void aFifoIsWrittenIntoAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path fifo = dir.resolve("pdf.fifo");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            Slate slate = Slate.run("render", script.toString(), "--pdf", fifo.toString());

            assertThat(slate.exitCode()).as(slate.err()).isZero();
            assertThat(new String(reader.get(30, TimeUnit.SECONDS), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(mode(fifo)).isEqualTo(0010000);
        } finally {
            if (!reader.isDone() && !Files.isRegularFile(fifo)) {
                try (OutputStream release = Files.newOutputStream(fifo)) {
                    release.flush(); // a reader still waiting for a writer gets end of file
                }
            }
        }
    }

    @Test
    void aCharacterDeviceIsWrittenIntoAndStaysADevice(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path nul = dir.resolve("null");
        assumeTrue(SpecialFiles.mknod(nul, 1, 3), "making a device node needs root");

        Slate slate = Slate.run("render", script.toString(), "--pdf", nul.toString(), "--csv", dir.resolve("x.csv").toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(mode(nul)).isEqualTo(0020000);
        assertThat(dir.resolve("x.csv")).isNotEmptyFile();
    }

    @Test
    void aSocketIsRefusedAndKept(@TempDir Path dir) throws Exception {
        Path script = CliTest.copy("syntax-simple.fountain", dir);
        Path socket = dir.resolve("out.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            Slate slate = Slate.run("render", script.toString(), "--pdf", socket.toString());

            assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
            assertThat(slate.err().strip()).isEqualTo("slate: " + socket
                    + ": is not a regular file, a character device or a FIFO; name an output file");
            assertThat(mode(socket)).isEqualTo(0140000);
        }
    }

    @Test
    void aFifoAsTheScriptIsRefusedAtOnce(@TempDir Path dir) {
        Path fifo = dir.resolve("script.fountain");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo");

        Slate slate = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Slate.run("check", fifo.toString()));

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err().strip()).isEqualTo("slate: " + fifo + ": is not a regular file; name a .fountain file");
    }

    @Test
    void aDeviceAsTheScriptIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero");

        Slate slate = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Slate.run("render", zero.toString(),
                "--pdf", "-"));

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("/dev/zero: is not a regular file");
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000;
    }
}
