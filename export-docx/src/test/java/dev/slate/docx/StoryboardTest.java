package dev.slate.docx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.report.ShotListColumn;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Renders with the boards of a folder, collecting the problems reported. */
    private static byte[] render(Path dir, Screenplay play, List<StoryboardProblem> problems) {
        return DocxShotListRenderer.builder().columns(WITH_BOARDS).storyboards(StoryboardSource.files(dir))
                .boardProblems(problems::add).build().render(play);
    }

    /** The text of the storyboard cells of the shot rows. */
    private static List<String> boardCells(byte[] bytes) throws IOException {
        try (Docx docx = new Docx(bytes)) {
            return docx.table().getRows().stream().filter(r -> r.getTableCells().size() == 3).skip(1)
                    .map(r -> r.getCell(1).getText()).toList();
        }
    }

    @Test
    void aMissingBoardIsAnEmptyFrameWithItsPathAndAProblemAndTheListIsStillWritten(@TempDir Path dir)
            throws IOException {
        Files.write(dir.resolve("wide.png"), image("png", 16, 9));
        List<StoryboardProblem> problems = new ArrayList<>();
        byte[] bytes = render(dir, boarded("wide.png", "boards/missing.png"), problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.shot()).isEqualTo("2A");
            assertThat(p.sceneIndex()).isZero();
            assertThat(p.shotIndex()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("storyboard boards/missing.png of shot 2A: file not found; fix the "
                    + "shot's storyboard path or remove it");
        });
        assertThat(boardCells(bytes).get(1)).contains("boards/missing.png");
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getAllPictures()).hasSize(1);
            var frame = docx.table().getRow(3).getCell(1).getParagraphs().get(0).getCTP().getPPr().getPBdr();
            assertThat(frame.getTop().getVal().toString()).isEqualTo("single");
            assertThat(frame.getLeft().getVal().toString()).isEqualTo("single");
        }
    }

    @Test
    void boardsResolveInsideTheirFolderNotTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("boards"));
        Files.write(dir.resolve("boards/wide.png"), image("png", 16, 9));
        Files.write(dir.resolve("foot.png"), image("png", 9, 16));
        List<StoryboardProblem> problems = new ArrayList<>();
        byte[] bytes = render(dir, boarded("boards/wide.png", "boards/../foot.png"), problems);
        assertThat(problems).isEmpty();
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void boardsOutsideTheFolderAreRefusedWithOneMessageWhetherTheyExistOrNot(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("script"));
        Path secret = root.resolve("secret.png");
        Files.write(secret, image("png", 16, 9));
        Files.createSymbolicLink(dir.resolve("link.png"), secret);
        Files.createSymbolicLink(dir.resolve("outside"), root);
        Screenplay play = Screenplay.builder()
                .scene(Scene.builder("EXT. ALLEY - DAY").number("2")
                        .shot("1", s -> s.storyboard(secret.toString()))
                        .shot("2", s -> s.storyboard(root.resolve("nothing-here.png").toString()))
                        .shot("3", s -> s.storyboard("../secret.png"))
                        .shot("4", s -> s.storyboard("../nothing-here.png"))
                        .shot("5", s -> s.storyboard("link.png"))
                        .shot("6", s -> s.storyboard("outside/secret.png"))
                        .shot("7", s -> s.storyboard("outside/nothing-here.png"))
                        .build())
                .build();
        List<StoryboardProblem> problems = new ArrayList<>();
        byte[] bytes = render(dir, play, problems);
        assertThat(problems).extracting(StoryboardProblem::shot).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(problems).extracting(StoryboardProblem::reason).containsOnly(StoryboardSource.REFUSED);
        try (Docx docx = new Docx(bytes)) {
            assertThat(docx.doc.getAllPictures()).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void aFifoOrAFolderIsNotAFileAndIsNeverOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("board.png");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Files.createDirectories(dir.resolve("folder.png"));
        List<StoryboardProblem> problems = new ArrayList<>();
        render(dir, boarded("board.png", "folder.png"), problems);
        assertThat(problems).extracting(StoryboardProblem::reason).containsOnly(StoryboardSource.REFUSED);
        assertThat(problems).hasSize(2);
    }

    @Test
    void aBoardGivenAsAUrlIsNeverFetchedAndPrintsAsItsLink(@TempDir Path dir) throws IOException {
        List<StoryboardProblem> problems = new ArrayList<>();
        StoryboardSource never = (scene, shot) -> {
            if (shot.storyboard().isPresent()) {
                throw new AssertionError("a URL board must not be looked up: " + shot.storyboard());
            }
            return java.util.Optional.empty();
        };
        byte[] bytes = DocxShotListRenderer.builder().columns(WITH_BOARDS).storyboards(never)
                .boardProblems(problems::add).build()
                .render(boarded("https://boards.example.com/2.png", "file:///etc/passwd"));
        assertThat(problems).isEmpty();
        assertThat(boardCells(bytes)).startsWith("https://boards.example.com/2.png", "file:///etc/passwd");
        assertThat(Storyboards.isLink("boards/2.png")).isFalse();
        assertThat(Storyboards.isLink("C:\\boards\\2.png")).isFalse();
    }

    @Test
    void corruptOrForeignImagesAreEmptyFramesWithTheirReason(@TempDir Path dir) throws IOException {
        byte[] png = image("png", 64, 64);
        Files.write(dir.resolve("wide.png"), Arrays.copyOf(png, 40));
        Files.write(dir.resolve("foot.gif"), image("gif", 8, 8));
        List<StoryboardProblem> problems = new ArrayList<>();
        render(dir, boarded("wide.png", "foot.gif"), problems);
        assertThat(problems).extracting(StoryboardProblem::message).containsExactly(
                "storyboard wide.png of shot 2: is corrupt or truncated and cannot be shown; export the frame again",
                "storyboard foot.gif of shot 2A: not a PNG or JPEG image; save the frame as PNG or JPEG");
    }

    /** A PNG whose header claims a size its few bytes do not hold: a decompression bomb, to the reader. */
    private static byte[] bombHeader(int width, int height) throws IOException {
        byte[] png = image("png", 2, 2);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height); // IHDR width and height
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    @Test
    @Timeout(60)
    void imagesOverThePixelLimitAreRefusedFromTheirHeaderBeforeDecoding(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("wide.png"), bombHeader(40_000, 40_000));
        Files.write(dir.resolve("foot.png"), image("png", 300, 200));
        List<StoryboardProblem> problems = new ArrayList<>();
        render(dir, boarded("wide.png", "foot.png"), problems);
        assertThat(problems).extracting(StoryboardProblem::message).containsExactly(
                "storyboard wide.png of shot 2: 40000 × 40000 pixels is over the limit of 50 megapixels; "
                        + "save a smaller frame");
        problems.clear();
        DocxShotListRenderer.builder().columns(WITH_BOARDS).storyboards(StoryboardSource.files(dir))
                .maxBoardPixels(50_000).boardProblems(problems::add).build().render(boarded("foot.png", "foot.png"));
        assertThat(problems).extracting(StoryboardProblem::reason).allMatch(r -> r.startsWith("300 × 200 pixels"))
                .hasSize(2);
        assertThat(Storyboards.check(boarded("wide.png", "foot.png"), StoryboardSource.files(dir),
                Storyboards.DEFAULT_MAX_PIXELS)).extracting(StoryboardProblem::shot).containsExactly("2");
    }

    @Test
    void largeBoardsAreDownscaledToThumbnailSizeBeforeEmbedding(@TempDir Path dir) throws IOException {
        byte[] large = image("png", 4000, 3000);
        Files.write(dir.resolve("wide.png"), large);
        Files.write(dir.resolve("foot.jpg"), image("jpeg", 3000, 4000));
        byte[] bytes = render(dir, boarded("wide.png", "foot.jpg"), new ArrayList<>());
        try (Docx docx = new Docx(bytes)) {
            for (var picture : docx.doc.getAllPictures()) {
                BufferedImage embedded = ImageIO.read(new java.io.ByteArrayInputStream(picture.getData()));
                assertThat(Math.max(embedded.getWidth(), embedded.getHeight())).isLessThanOrEqualTo(600);
            }
            assertThat(docx.doc.getAllPictures()).hasSize(2);
        }
    }
}
