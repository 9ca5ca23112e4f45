package dev.slate.docx;

import java.nio.charset.StandardCharsets;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.testing.OddScreenplayGen;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Screenplays the model accepts but no writer would write still give a readable shot list. */
class OddScreenplaysTest {

    @Test
    void oddScreenplaysGiveDocumentsThatReadBack() {
        DocxShotListRenderer renderer = DocxShotListRenderer.builder().order(ShotListOrder.SETUP)
                .columns(List.of(ShotListColumn.values())).storyboards(StoryboardSource.NONE).build();
        qt().withExamples(40).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            int shots = play.scenes().stream().mapToInt(s -> s.shots().size()).sum();
            try (Docx docx = new Docx(renderer.render(play))) {
                assertThat(docx.shotRows()).hasSize(shots);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(new String(CsvShotListWriter.builder().build().write(play), StandardCharsets.UTF_8)).endsWith("\r\n");
        });
    }
}
