package dev.slate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Control sequences in a script are shown, never obeyed: nothing printed holds an escape or a control character. */
class TerminalEscapeTest {

    /** Clears the screen, retitles the window, rings the bell and turns the text right to left. */
    private static final String HOSTILE = "\u001b[2J\u001b]0;owned\u0007\u009b31m\u202e";
    private static final String SHOWN = "\\u001B[2J\\u001B]0;owned\\u0007\\u009B31m\\u202E";

    /** What the PDF's fonts can draw around: the C0 sequences, which the PDF leaves out. */
    private static final String PRINTABLE_HOSTILE = "\u001b[2J\u001b]0;owned\u0007";

    private static Path script(Path dir) throws IOException {
        return script(dir, HOSTILE);
    }

    private static Path script(Path dir, String hostile) throws IOException {
        return Files.writeString(dir.resolve("x.fountain"), "INT. ROOM " + hostile + " - DAY\n\n"
                + "[[SHOT 1: CU | JO | a face]]\n\nJO " + hostile + "\nHi.\n\n[[SHOT 1: CU | JO | again]]\n\nJO\nHi.\n");
    }

    @Test
    void checkPrintsControlCharactersEscaped(@TempDir Path dir) throws IOException {
        Slate slate = Slate.run("check", script(dir).toString());

        assertThat(slate.out()).contains("INT. ROOM " + SHOWN + " - DAY");
        assertSafe(slate);
    }

    @Test
    void renderWarningsAreEscaped(@TempDir Path dir) throws IOException {
        Slate slate = Slate.run("render", script(dir, PRINTABLE_HOSTILE).toString(), "--pdf", dir.resolve("x.pdf").toString());

        assertThat(slate.exitCode()).as(slate.err()).isZero();
        assertThat(slate.err()).contains("INT. ROOM \\u001B[2J\\u001B]0;owned\\u0007 - DAY");
        assertSafe(slate);
    }

    @Test
    void aControlCharacterNoFontCanDrawIsNamedEscaped(@TempDir Path dir) throws IOException {
        Slate slate = Slate.run("render", script(dir).toString(), "--pdf", dir.resolve("x.pdf").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("no font can draw '\\u");
        assertSafe(slate);
    }

    @Test
    void statsInEveryFormatIsEscaped(@TempDir Path dir) throws IOException {
        Path script = script(dir);
        for (String format : new String[] {"text", "csv", "json"}) {
            Slate slate = Slate.run("stats", "--format", format, script.toString());

            assertThat(slate.exitCode()).as(format).isZero();
            assertThat(slate.out()).as(format).containsIgnoringCase("INT. ROOM " + SHOWN + " - DAY");
            assertSafe(slate);
        }
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedInErrors(@TempDir Path dir) {
        Slate slate = Slate.run("check", dir.resolve("a\u001b[2Jb.fountain").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("a\\u001B[2Jb.fountain: no such file");
        assertSafe(slate);
    }

    private static void assertSafe(Slate slate) {
        for (String printed : new String[] {slate.out(), slate.err()}) {
            assertThat(printed.chars().filter(c -> c != '\n' && c != '\r' && c != '\t'
                    && (c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e))).isEmpty();
        }
    }
}
