package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The title page as FORMAT.md places it, and what it does not carry. */
class TitlePageTest {

    private static final Screenplay PLAY = Screenplay.builder()
            .title("Love Lights My Way Back Home")
            .credit("Written by")
            .author("Lin Xiao")
            .draftDate("2026-11-26")
            .contact("Lin Xiao", "lin@example.com")
            .copyright("(c) 2026 Lin Xiao")
            .scene("INT. ROOM - DAY", s -> s.action("Quiet."))
            .build();

    @Test
    void contactIsAtTheBottomLeftAndTheDraftDateAtTheBottomRight() throws IOException {
        for (Paper paper : Paper.values()) {
            PdfScreenplayRenderer renderer = Rendered.onPaper(paper);
            try (PDDocument document = Rendered.load(Rendered.bytes(renderer, PLAY, "title-page-" + paper))) {
                List<PageText.Row> page = PageText.rows(document).get(0);
                PageText.Row email = PageText.find(page, "lin@example.com");
                PageText.Row date = PageText.find(page, "2026-11-26");
                PageText.Row copyright = PageText.find(page, "(c) 2026 Lin Xiao");
                double lastRow = (Paper.TOP_MARGIN + (paper.linesPerPage() - 1) * Paper.LINE_HEIGHT) * 72 + 9.6;

                assertThat(email.xOf("lin@")).isCloseTo(108, within(0.5));
                assertThat(email.baseline()).isCloseTo(lastRow, within(0.5));
                assertThat(copyright.baseline()).isLessThan(email.baseline() - 12);
                assertThat(date.endOf("2026-11-26")).isCloseTo(paper.rightEdge() * 72, within(0.5));
                assertThat(date.baseline()).isCloseTo(lastRow, within(0.5));
            }
        }
    }

    @Test
    void headerAndFooterPrintOnScriptPagesOnly() throws IOException {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().header("PINK REVISION")
                .footer("Confidential").build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, PLAY, "title-page-header"))) {
            List<List<PageText.Row>> pages = PageText.rows(document);
            assertThat(pages.get(0)).noneMatch(r -> r.text().contains("PINK REVISION"))
                    .noneMatch(r -> r.text().contains("Confidential"));
            assertThat(pages.get(1)).anyMatch(r -> r.text().contains("PINK REVISION"))
                    .anyMatch(r -> r.text().contains("Confidential"));
        }
    }
}
