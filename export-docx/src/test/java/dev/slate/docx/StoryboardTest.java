package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotListColumn;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryboardTest {

    private static final List<ShotListColumn> WITH_BOARDS = List.of(ShotListColumn.SHOT, ShotListColumn.STORYBOARD,
            ShotListColumn.DESCRIPTION);

    private static Screenplay boarded(String first, String second) {
        return Screenplay.builder().title("Boards")
                .scene(Scene.builder("EXT. ALLEY - DAY").number("2")
                        .shot("2", s -> s.description("wide").storyboard(first))
                        .shot("2A", s -> s.description("foot").storyboard(second))
                        .shot("2B", s -> s.description("no board"))
                        .build())
                .build();
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void thumbnailsFromFilesAreScaledToFitTheirCell(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("wide.png"), image("png", 1600, 900));
        Files.write(dir.resolve("foot.jpg"), image("jpeg", 300, 600));
        byte[] bytes = DocxShotListRenderer.builder().columns(WITH_BOARDS).storyboards(StoryboardSource.files(dir))
                .build().render(boarded("wide.png", "foot.jpg"));
        try (Docx docx = new Docx(bytes)) {
            List<XWPFTableCell> cells = docx.table().getRows().stream().filter(r -> r.getTableCells().size() == 3)
                    .skip(1).map(r -> r.getCell(1)).toList();
            assertThat(cells).hasSize(3);
            XWPFPicture wide = cells.get(0).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
            XWPFPicture tall = cells.get(1).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
            assertThat(wide.getPictureData().suggestFileExtension()).isEqualTo("png");
            assertThat(tall.getPictureData().suggestFileExtension()).isEqualTo("jpeg");
            int columnWidthPt = ((java.math.BigInteger) docx.table().getCTTbl().getTblGrid().getGridColArray(1).getW())
                    .intValue() / 20;
            assertThat(wide.getWidth()).isLessThanOrEqualTo(columnWidthPt).isGreaterThan(columnWidthPt * 0.7);
            assertThat(wide.getDepth()).isCloseTo(wide.getWidth() * 9 / 16, org.assertj.core.data.Offset.offset(1.0));
            assertThat(tall.getDepth()).isLessThanOrEqualTo(72.5).isGreaterThan(70);
            assertThat(tall.getWidth()).isCloseTo(tall.getDepth() / 2, org.assertj.core.data.Offset.offset(1.0));
            assertThat(cells.get(2).getParagraphs().get(0).getRuns()).isEmpty();
        }
    }

    @Test
    void thumbnailsFromBytes() throws IOException {
        StoryboardSource source = StoryboardSource.byShotNumber(
                Map.of("2A", StoryboardImage.of(image("png", 40, 30), "frame 2A")));
        byte[] bytes = DocxShotListRenderer.builder().columns(WITH_BOARDS).storyboards(source).build()
                .render(boarded("ignored.png", "ignored.png"));
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void missingFileIsAnErrorNamingTheShotAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("wide.png"), image("png", 16, 9));
        DocxShotListRenderer renderer = DocxShotListRenderer.builder().columns(WITH_BOARDS)
                .storyboards(StoryboardSource.files(dir)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> renderer.render(boarded("wide.png", "boards/missing.png"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storyboard of scene 2, shot 2A")
                .hasMessageContaining("file not found")
                .hasMessageContaining("missing.png");
        assertThat(out.size()).isZero();
    }

    @Test
    void corruptOrForeignImageIsAnErrorNamingTheShot(@TempDir Path dir) throws IOException {
        byte[] png = image("png", 64, 64);
        Files.write(dir.resolve("wide.png"), Arrays.copyOf(png, 40));
        Files.write(dir.resolve("foot.gif"), image("gif", 8, 8));
        DocxShotListRenderer renderer = DocxShotListRenderer.builder().columns(WITH_BOARDS)
                .storyboards(StoryboardSource.files(dir)).build();
        assertThatThrownBy(() -> renderer.render(boarded("wide.png", "foot.gif")))
                .hasMessageContaining("storyboard of scene 2, shot 2:")
                .hasMessageContaining("corrupt or truncated");
        Files.write(dir.resolve("wide.png"), png);
        assertThatThrownBy(() -> renderer.render(boarded("wide.png", "foot.gif")))
                .hasMessageContaining("storyboard of scene 2, shot 2A:")
                .hasMessageContaining("not a PNG or JPEG");
    }

    @Test
    void storyboardsAreNotReadWhenTheColumnIsNotShown() throws IOException {
        byte[] bytes = DocxShotListRenderer.builder().build().render(boarded("missing.png", "missing.png"));
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getAllPictures()).isEmpty();
        }
    }
}
