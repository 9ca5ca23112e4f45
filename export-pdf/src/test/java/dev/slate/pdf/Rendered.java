package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders for tests and keeps each PDF under target/pdf for a person to look at. */
final class Rendered {

    static final Path OUT = Path.of("target", "pdf");

    private Rendered() {
    }

    /** A renderer with the defaults but the paper. */
    static PdfScreenplayRenderer onPaper(Paper paper) {
        return PdfScreenplayRenderer.builder().paginator(Paginator.builder().paper(paper).build()).build();
    }

    static byte[] bytes(PdfScreenplayRenderer renderer, Screenplay play, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(play, out);
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + ".pdf"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
