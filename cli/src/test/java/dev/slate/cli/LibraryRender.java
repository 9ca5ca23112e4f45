package dev.slate.cli;

import dev.slate.core.fountain.FountainReader;
import dev.slate.pdf.PdfScreenplayRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a script with the library alone, as a developer would, without the command's tuning. */
final class LibraryRender {

    private LibraryRender() {
    }

    public static void main(String[] args) throws IOException {
        var play = FountainReader.create().read(Files.readString(Path.of(args[0]))).screenplay();
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            PdfScreenplayRenderer.builder().build().render(play, out);
        }
    }
}
