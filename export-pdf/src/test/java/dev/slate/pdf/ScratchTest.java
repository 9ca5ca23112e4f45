package dev.slate.pdf;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumbers;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void write() {
        Rendered.bytes(PdfScreenplayRenderer.builder().sceneNumbers(SceneNumbers.BOTH).build(), Samples.rooftop(), "rooftop-letter");
        Rendered.bytes(PdfScreenplayRenderer.builder().paper(Paper.A4).watermark("Copy for Mrs. Shen").header("DRAFT").build(), Samples.rooftop(), "rooftop-a4");
    }
}
