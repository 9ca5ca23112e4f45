package dev.slate.docx.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip with every entry stamped with one fixed time, so that the same document gives
 * the same bytes whenever and wherever it is written (POI stamps entries with the current time).
 */
final class ReproducibleZip {

    /** DOS time stamps are local times; a local time keeps the bytes independent of the time zone. */
    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /** Writes an entry's text edited, as UTF-8. */
    @FunctionalInterface
    interface Edit {
        void write(String text, Writer out) throws IOException;
    }

    static byte[] rewrite(byte[] zip) {
        return rewrite(zip, null, (text, out) -> out.write(text));
    }

    /**
     * The zip restamped, the text of one UTF-8 entry (when {@code name} is not null) edited on the
     * way: the edit writes the new text straight into the zip, never holding it whole.
     */
    static byte[] rewrite(byte[] zip, String name, Edit edit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                if (entry.getName().equals(name)) {
                    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    edit.write(new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
                    text.flush(); // not closed: that would close the zip
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the document package: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
