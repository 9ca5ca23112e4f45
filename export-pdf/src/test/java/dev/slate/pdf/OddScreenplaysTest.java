package dev.slate.pdf;

import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.testing.OddScreenplayGen;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Screenplays the model accepts but no writer would write still paginate and render. */
class OddScreenplaysTest {

    @Test
    void oddScreenplaysRender() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().paginator(Paginator.builder().paper(Paper.A4)
                .printNotes(true).printSections(true).printSynopses(true).continuedMarkers(true).build()).build();
        qt().withExamples(60).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            assertThat(Paginator.builder().build().paginate(play).pages())
                    .allSatisfy(p -> assertThat(p.rowsUsed()).isLessThanOrEqualTo(55));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(play, out);
            assertThat(out.size()).isPositive();
        });
    }
}
