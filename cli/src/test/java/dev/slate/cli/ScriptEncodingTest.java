package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripts saved as UTF-16 are read; a NUL byte anywhere makes a file binary. */
class ScriptEncodingTest {

    private static final String SCRIPT = "INT. CAFÉ - DAY\n\nJIAYI\nNǐ hǎo, 你好.\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
    void utf16WithAByteOrderMarkIsRead(String charset, @TempDir Path dir) throws IOException {
        Path utf16 = dir.resolve("utf16.fountain");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(charset.endsWith("BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(SCRIPT.getBytes(Charset.forName(charset)));
        Files.write(utf16, bytes.toByteArray());
        Path utf8 = Files.writeString(dir.resolve("utf8.fountain"), SCRIPT);

        Slate fromUtf16 = Slate.run("stats", "--format", "json", utf16.toString());
        Slate fromUtf8 = Slate.run("stats", "--format", "json", utf8.toString());

        assertThat(fromUtf16.exitCode()).as(fromUtf16.err()).isZero();
        assertThat(fromUtf16.out()).contains("\"heading\":\"INT. CAFÉ - DAY\"", "\"name\":\"JIAYI\"")
                .isEqualTo(fromUtf8.out().replace("utf8.fountain", "utf16.fountain"));
    }

    @Test
    void utf16WithoutAByteOrderMarkSaysSo(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("nobom.fountain");
        Files.write(script, SCRIPT.getBytes(Charset.forName("UTF-16LE")));

        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err().strip()).isEqualTo("slate: " + script
                + ": UTF-16 text without a byte-order mark; save it as UTF-8");
    }

    @ParameterizedTest(name = "NUL at byte {0}")
    @ValueSource(ints = {0, 100, 8191, 8192, 100_000})
    void aNulByteAnywhereMakesTheFileBinary(int at, @TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < at + 1000) {
            text.append("INT. ROOM - DAY\n\nA plain line of action.\n\n");
        }
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[at] = 0;
        Path script = Files.write(dir.resolve("nul.fountain"), bytes);

        for (String command : new String[] {"check", "stats", "render"}) {
            Slate slate = Slate.run(command, script.toString());

            assertThat(slate.exitCode()).as(command).isEqualTo(ExitCodes.IO);
            assertThat(slate.err().strip()).as(command).isEqualTo("slate: " + script + ": looks like a binary file, "
                    + "not a Fountain script (it holds a NUL byte); name a plain-text .fountain file");
        }
        assertThat(dir.resolve("nul.pdf")).doesNotExist();
    }

    @Test
    void aNulAfterAUtf16ByteOrderMarkIsBinaryToo(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("nul16.fountain");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write((SCRIPT + "\0").getBytes(Charset.forName("UTF-16LE")));
        Files.write(script, bytes.toByteArray());

        Slate slate = Slate.run("check", script.toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("looks like a binary file");
    }
}
