package dev.slate.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes in memory, written in chunks of the same size: unlike a growing array, a long script's PDF
 * (or the text its document ID is digested from) is never copied as it grows, and never needs one
 * block of memory as large as itself until a caller asks for {@link #toByteArray()}.
 */
public final class PdfBytes extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            next();
        }
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == CHUNK) {
                next();
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, chunk, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    private void next() {
        full.add(chunk);
        chunk = new byte[CHUNK];
        used = 0;
    }

    /** The number of bytes written. */
    public long size() {
        return (long) full.size() * CHUNK + used;
    }

    /** Writes every byte to {@code out}, in order. */
    public void writeTo(OutputStream out) throws IOException {
        for (byte[] bytes : full) {
            out.write(bytes);
        }
        out.write(chunk, 0, used);
    }

    /** The bytes in one array. */
    public byte[] toByteArray() {
        byte[] all = Arrays.copyOf(chunk, Math.toIntExact(size()));
        if (!full.isEmpty()) {
            System.arraycopy(chunk, 0, all, full.size() * CHUNK, used);
            for (int i = 0; i < full.size(); i++) {
                System.arraycopy(full.get(i), 0, all, i * CHUNK, CHUNK);
            }
        }
        return all;
    }
}
