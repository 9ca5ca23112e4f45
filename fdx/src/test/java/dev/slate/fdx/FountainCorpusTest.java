package dev.slate.fdx;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.pdf.PdfScreenplayRenderer;
import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Fountain script of the shared corpus converts to FDX and back to the same screenplay, and
 * its PDF from the FDX is byte for byte its PDF from the Fountain.
 */
class FountainCorpusTest {

    static List<Path> corpus() {
        return SharedFolder.fountainScripts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void convertsToFdxAndBack(Path file) throws IOException {
        Screenplay fountain = FountainReader.create().read(Files.readString(file)).screenplay();
        Screenplay back = Shared.trip(fountain);

        Screenplay kept = Shared.asFdxKeepsIt(fountain);
        Shared.assertSame(back, kept);
        // The PDF's document ID hashes the title-page keys, which FDX spells as Slate does: for a
        // script whose keys are spelled so (all but one), this is the PDF of the Fountain itself.
        assertThat(pdf(back)).as("PDF from the FDX").isEqualTo(pdf(kept));
        if (kept.titlePage().equals(fountain.titlePage())) {
            assertThat(pdf(back)).as("PDF from the FDX and from the Fountain").isEqualTo(pdf(fountain));
        }
    }

    private static byte[] pdf(Screenplay play) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfScreenplayRenderer.builder().build().render(play, out);
        return out.toByteArray();
    }
}
