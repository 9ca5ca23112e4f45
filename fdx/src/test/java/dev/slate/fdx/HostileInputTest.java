package dev.slate.fdx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Untrusted files: each is one clear {@link FdxException} with its line and column where there is
 * one, quickly, and nothing beyond the input is read. The timeout only catches a hang.
 */
@Timeout(60)
class HostileInputTest {

    private static final String SCRIPT = "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"6\"><Content>"
            + "<Paragraph Type=\"Action\"><Text>%s</Text></Paragraph></Content></FinalDraft>";

    private static FdxException refused(byte[] input) {
        return refused(new ByteArrayInputStream(input));
    }

    private static FdxException refused(InputStream input) {
        FdxException e = catchThrowableOfType(FdxException.class, () -> FdxReader.create().read(input));
        assertThat(e).as("refused with an FdxException").isNotNull();
        return e;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + SCRIPT.formatted("&leak;");

        FdxException e = refused(utf8(xml));

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
        assertThat(e.line()).contains(2);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n").append(SCRIPT.formatted("&lol9;"));

        assertThat(refused(utf8(dtd.toString())).getMessage()).contains("DOCTYPE");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedAtTheCap() {
        InputStream fifty = new InputStream() {
            private final byte[] paragraph = utf8("<Paragraph Type=\"Action\"><Text>big</Text></Paragraph>\n");
            private final byte[] head = utf8("<FinalDraft DocumentType=\"Script\"><Content>\n");
            private long sent;

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                for (int b = read(); n < length && b >= 0; b = n < length ? read() : -1) {
                    buffer[offset + n++] = (byte) b;
                }
                return n == 0 ? -1 : n;
            }

            @Override
            public int read() {
                long limit = 50L * 1024 * 1024;
                if (sent >= limit) {
                    return -1;
                }
                byte b = sent < head.length ? head[(int) sent] : paragraph[(int) ((sent - head.length) % paragraph.length)];
                sent++;
                return b & 0xFF;
            }
        };

        assertThat(refused(fifty).getMessage()).contains("larger than 16 MB");
    }

    @Test
    void nestingAHundredThousandDeepIsRefusedAtTheDepthCap() {
        String deep = "<FinalDraft>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</FinalDraft>";

        FdxException e = refused(utf8(deep));

        assertThat(e.getMessage()).contains("nested deeper than 64");
        assertThat(e.line()).contains(1);
    }

    @Test
    void invalidUtf8IsOneErrorWithItsLineAndColumn() {
        byte[] head = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SCRIPT.formatted("caf"));
        int cut = new String(head, StandardCharsets.UTF_8).indexOf("caf") + 3;
        byte[] bad = new byte[head.length + 2];
        System.arraycopy(head, 0, bad, 0, cut);
        bad[cut] = (byte) 0xC3; // the start of a two-byte sequence...
        bad[cut + 1] = (byte) 0x28; // ...that does not continue
        System.arraycopy(head, cut, bad, cut + 2, head.length - cut);

        FdxException e = refused(bad);

        assertThat(e.getMessage()).startsWith("not well-formed XML: ").doesNotContain("Exception");
        assertThat(e.line()).contains(2);
        assertThat(e.column()).isPresent();
    }

    @Test
    void aFountainScriptNamedFdxIsToldItIsNotXml() {
        FdxException e = refused(utf8("Title: Brick & Steel\n\nINT. ROOF - DAY\n\nShe waits.\n"));

        assertThat(e.getMessage()).contains("not XML").contains(".fountain");
        assertThat(e.line()).contains(1);
    }

    @Test
    void malformedXmlIsOneErrorWithItsLine() {
        FdxException e = refused(utf8("<?xml version=\"1.0\"?>\n<FinalDraft>\n<Content>\n<Paragraph>\n</Content>\n"));

        assertThat(e.getMessage()).startsWith("not well-formed XML: ");
        assertThat(e.line()).contains(5);
    }

    @Test
    void xmlThatIsNotFinalDraftIsNamedSo() {
        FdxException e = refused(utf8("<?xml version=\"1.0\"?>\n<html><body/></html>"));

        assertThat(e.getMessage()).contains("<html>").contains("not a Final Draft file");
    }

    @Test
    void anEmptyFileIsNamedSo() {
        assertThat(refused(new byte[0]).getMessage()).contains("empty");
    }
}
