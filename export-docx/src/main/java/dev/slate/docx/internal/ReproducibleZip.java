package dev.slate.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.function.UnaryOperator;

/**
 * Rewrites a zip with every entry stamped with one fixed time, so that the same document gives
 * the same bytes whenever and wherever it is written (POI stamps entries with the current time).
 */
final class ReproducibleZip {

    /** DOS time stamps are local times; a local time keeps the bytes independent of the time zone. */
    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] rewrite(byte[] zip) {
        return rewrite(zip, null, UnaryOperator.identity());
    }

    /** The zip restamped, the text of one UTF-8 entry (when {@code name} is not null) edited on the way. */
    static byte[] rewrite(byte[] zip, String name, UnaryOperator<String> edit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                if (entry.getName().equals(name)) {
                    out.write(edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
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
