package dev.slate.pdf;

import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared format checker finds nothing wrong with our pages. */
class FormatCheckTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theSampleScriptPassesTheChecker(Paper paper) {
        Rendered.bytes(Rendered.onPaper(paper), Samples.rooftop(), "check-" + paper);
        Rendered.bytes(PdfScreenplayRenderer.builder()
                        .paginator(Paginator.builder().paper(paper).sceneNumbers(SceneNumberPosition.BOTH).build()).build(),
                Samples.rooftop(), "check-numbers-" + paper);

        // the one kind of finding allowed: a dual dialogue's parenthetical, between its cue and speech
        Layout layout = Paginator.builder().paper(paper).build().paginate(Samples.rooftop());
        assertThat(FormatCheck.findings(Rendered.OUT.resolve("check-" + paper + ".pdf")))
                .allMatch(f -> FormatCheck.isDualParenthetical(f, layout));
        assertThat(FormatCheck.findings(Rendered.OUT.resolve("check-numbers-" + paper + ".pdf")))
                .allMatch(f -> FormatCheck.isDualParenthetical(f, layout));
    }
}
