package dev.slate.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    static byte[] rewrite(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the document package: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
