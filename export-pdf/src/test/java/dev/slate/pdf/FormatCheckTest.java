package dev.slate.pdf;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared format checker finds nothing wrong with our pages. */
class FormatCheckTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theSampleScriptPassesTheChecker(Paper paper) {
        Rendered.bytes(PdfScreenplayRenderer.builder().paper(paper).build(), Samples.rooftop(), "check-" + paper);
        Rendered.bytes(PdfScreenplayRenderer.builder().paper(paper).sceneNumbers(SceneNumbers.BOTH).build(),
                Samples.rooftop(), "check-numbers-" + paper);

        assertThat(FormatCheck.findings(Rendered.OUT.resolve("check-" + paper + ".pdf"))).isEmpty();
        assertThat(FormatCheck.findings(Rendered.OUT.resolve("check-numbers-" + paper + ".pdf"))).isEmpty();
    }
}
