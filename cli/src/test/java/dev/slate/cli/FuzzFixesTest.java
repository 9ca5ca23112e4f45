package dev.slate.cli;

import dev.slate.core.ReadResult;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.core.layout.Paginator;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.docx.DocxShotListRenderer;
import dev.slate.pdf.PdfScreenplayRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input in core's test folder {@code fuzz/} once broke something; each goes through every entry
 * point: read, write and read back, paginate, PDF, DOCX, CSV, and the command's check, stats and render.
 */
class FuzzFixesTest {

    private static final FountainReader READER = FountainReader.create();
    private static final FountainWriter WRITER = FountainWriter.create();

    static List<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fountain")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(60)
    void everyEntryPointTakesIt(String name, @TempDir Path dir) throws IOException {
        Path file = Files.copy(folder().resolve(name), dir.resolve(name));
        String text = Inputs.readScript(file);

        ReadResult read = READER.read(text);
        Screenplay play = read.screenplay();
        String written = WRITER.write(play);
        assertThat(WRITER.write(READER.read(written).screenplay())).as("written, read back and written again")
                .isEqualTo(written);
        assertThat(Paginator.builder().build().paginate(play).pageCount()).isPositive();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfScreenplayRenderer.builder().build().render(play, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(DocxShotListRenderer.builder().build().render(play)).isNotEmpty();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvShotListWriter.builder().build().write(play, csv);
        assertThat(csv.size()).isPositive();

        for (String[] command : new String[][] {{"check", file.toString()}, {"stats", "--format", "json", file.toString()},
                {"render", file.toString(), "--pdf", "--shotlist", "--csv"}}) {
            Slate slate = Slate.run(command);
            assertThat(slate.exitCode()).as(command[0] + ": " + slate.err()).isIn(ExitCodes.OK,
                    command[0].equals("check") ? ExitCodes.PROBLEMS : ExitCodes.OK);
            assertThat(slate.err()).doesNotContain("internal error");
        }
    }

    /** The folder in core's test resources, from the class path: a folder, or a folder in core's test jar. */
    private static Path folder() {
        try {
            URI uri = FuzzFixesTest.class.getResource("/fuzz/README.md").toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
