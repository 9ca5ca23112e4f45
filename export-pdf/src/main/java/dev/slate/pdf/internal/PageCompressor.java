package dev.slate.pdf.internal;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.zip.Deflater;

/**
 * Compresses the pages' content streams on a thread of its own while the next pages are drawn:
 * compression is two fifths of a warm render's time, which a second processor can take. Each
 * stream is compressed as PDFBox would compress it (the same Flate level, one stream at a time),
 * so the PDF is byte for byte the same. One compressor per document, used by one drawing thread.
 */
final class PageCompressor implements AutoCloseable {

    private final Queue<COSStream> waiting = new ArrayDeque<>();
    private final Deflater deflater = new Deflater(Filter.getCompressionLevel());
    private final Thread worker = new Thread(this::work, "slate-pdf-compress");
    /** The stream the drawing thread writes, handed over when the next is opened or at {@link #finish()}. */
    private COSStream drawing;
    private boolean finished;
    private boolean closed;
    private Exception failure;

    PageCompressor() {
        worker.setDaemon(true);
        worker.start();
    }

    /** A content stream for a new page, written uncompressed, then compressed here. */
    PDPageContentStream open(PDDocument document, PDPage page) throws IOException {
        handOver();
        PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false);
        drawing = page.getContentStreams().next().getCOSObject();
        return out;
    }

    /**
     * A new page whose content an earlier render drew and compressed: set up as {@link #open} sets up a
     * page, its fonts asked of by {@code fonts} (whatever that writes is replaced), its content
     * written as it was, not drawn or compressed again.
     */
    void reuse(PDDocument document, PDPage page, byte[] compressed, Replay fonts) throws IOException {
        handOver();
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
            fonts.replay(out);
        }
        store(page.getContentStreams().next().getCOSObject(), compressed);
    }

    /** What a kept page asks of its fonts. */
    interface Replay {
        void replay(PDPageContentStream out) throws IOException;
    }

    /** The compressed content of a page's stream, once {@link #finish()} has returned. */
    static byte[] compressed(PDPage page) throws IOException {
        try (InputStream in = page.getContentStreams().next().getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Puts Flate-compressed bytes into a stream as they are, as writing them through PDFBox's filter leaves it. */
    static void store(COSStream stream, byte[] compressed) throws IOException {
        store(stream, compressed, compressed.length);
    }

    /** Waits until every page is compressed; the page last opened must be closed first. */
    void finish() throws IOException {
        handOver();
        synchronized (this) {
            finished = true;
            notifyAll();
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compressing the pages", e);
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    private void handOver() {
        if (drawing != null) {
            synchronized (this) {
                waiting.add(drawing);
                notifyAll();
            }
            drawing = null;
        }
    }

    private void work() {
        try {
            while (true) {
                COSStream stream;
                synchronized (this) {
                    while (waiting.isEmpty() && !finished && !closed) {
                        wait();
                    }
                    if (closed || waiting.isEmpty()) {
                        return;
                    }
                    stream = waiting.remove();
                }
                compress(stream);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new IOException("interrupted while compressing the pages", e);
        } finally {
            deflater.end();
        }
    }

    private void compress(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[Math.max(64, raw.length / 2)];
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        store(stream, buffer, length);
    }

    private static void store(COSStream stream, byte[] compressed, int length) throws IOException {
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(compressed, 0, length);
        }
    }
}
