package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.testing.Samples;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document around the pages: its outline and its information. */
class DocumentStructureTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyThousandScenesGetTwentyThousandBookmarks() throws IOException {
        Screenplay.Builder builder = Screenplay.builder();
        for (int i = 1; i <= 20_000; i++) {
            builder.scene("INT. ROOM " + i + " - DAY", s -> s.action("Quiet."));
        }
        byte[] pdf = Rendered.bytes(PdfScreenplayRenderer.builder().build(), builder.build(), "twenty-thousand-scenes");

        try (PDDocument document = Rendered.load(pdf)) {
            int count = 0;
            String last = null;
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                count++;
                last = item.getTitle();
            }
            assertThat(count).isEqualTo(20_000);
            assertThat(last).isEqualTo("20000. INT. ROOM 20000 - DAY");
        }
    }

    /**
     * The pages are compressed off the drawing thread, each exactly as PDFBox compresses a stream: Flate at
     * PDFBox's level, so that the bytes are the ones PDFBox alone would write.
     */
    @Test
    void everyPageIsCompressedAsPdfBoxCompressesAStream() throws IOException {
        byte[] pdf = Rendered.bytes(PdfScreenplayRenderer.builder().build(), Example.screenplay(), "compressed-pages");

        try (PDDocument document = Rendered.load(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                COSStream contents = page.getContentStreams().next().getCOSObject();
                assertThat(contents.getFilters()).isEqualTo(COSName.FLATE_DECODE);
                byte[] drawn;
                try (InputStream in = contents.createInputStream()) {
                    drawn = in.readAllBytes();
                }
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                Deflater deflater = new Deflater(Filter.getCompressionLevel());
                try (DeflaterOutputStream out = new DeflaterOutputStream(expected, deflater)) {
                    out.write(drawn);
                }
                deflater.end();
                try (InputStream raw = contents.createRawInputStream()) {
                    assertThat(raw.readAllBytes()).isEqualTo(expected.toByteArray());
                }
                assertThat(new String(drawn, StandardCharsets.ISO_8859_1)).contains("BT", "Tj", "ET");
            }
        }
    }

    /** A render that fails halfway stops its compressing thread: a long-running program keeps no thread per failure. */
    @Test
    void aFailedRenderLeavesNoCompressingThread() throws InterruptedException {
        Screenplay.Builder builder = Screenplay.builder();
        for (int i = 1; i <= 200; i++) {
            builder.scene("INT. ROOM " + i + " - DAY", s -> s.action("Quiet. ".repeat(40)));
        }
        builder.scene("INT. LAST ROOM - NIGHT", s -> s.action("回家"));
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().standardCourier().systemFallbackFonts(false).build();
        Screenplay play = builder.build();

        assertThatThrownBy(() -> renderer.render(play)).isInstanceOf(MissingGlyphException.class);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (compressing() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(compressing()).isFalse();
    }

    private static boolean compressing() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("slate-pdf-compress"));
    }

    @Test
    void authorsAreJoinedAsASentence() throws IOException {
        assertThat(author("Lin Xiao")).isEqualTo("Lin Xiao");
        assertThat(author("Lin Xiao", "Chen Wei")).isEqualTo("Lin Xiao and Chen Wei");
        assertThat(author("Lin Xiao,", "Chen Wei,", "", "Mrs. Shen")).isEqualTo("Lin Xiao, Chen Wei and Mrs. Shen");
    }

    @Test
    void noTitleIsInventedWithoutATitlePage() throws IOException {
        Screenplay play = Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("Quiet.")).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(), play,
                "info-untitled"))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isNull();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getCreator()).isEqualTo("Slate");
        }
    }

    @Test
    void producerAndAFixedCreationDateAreSetUnlessTheCallerGivesOne() throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(),
                Samples.rooftop(), "info-default-date"))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getProducer()).startsWith("Slate");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
        }
        Instant given = Instant.parse("2026-11-26T08:30:00Z");
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().creationDate(given)
                .build(), Samples.rooftop(), "info-given-date"))) {
            Calendar date = document.getDocumentInformation().getCreationDate();
            assertThat(date.toInstant()).isEqualTo(given);
        }
    }

    /** The ID is the content's: the same pages give the same ID, a changed word or a lined copy another. */
    @Test
    void theDocumentIdFollowsWhatThePagesShow() throws IOException {
        PdfScreenplayRenderer plain = PdfScreenplayRenderer.builder().build();
        String once = id(plain, Samples.rooftop());
        assertThat(id(plain, Samples.rooftop())).isEqualTo(once);
        assertThat(once).hasSize(32);
        Screenplay changed = Screenplay.builder().title("Rooftop").scene("INT. ROOM - DAY", s -> s.action("Quiet."))
                .build();
        Screenplay oneWordMore = Screenplay.builder().title("Rooftop")
                .scene("INT. ROOM - DAY", s -> s.action("Quiet. Still.")).build();
        assertThat(id(plain, changed)).isNotEqualTo(id(plain, oneWordMore)).isNotEqualTo(once);
        assertThat(id(PdfScreenplayRenderer.builder().lined(true).build(), Samples.rooftop())).isNotEqualTo(once);
        byte[] given = new byte[16];
        given[15] = 7;
        assertThat(id(PdfScreenplayRenderer.builder().documentId(given).build(), Samples.rooftop()))
                .isEqualTo("00000000000000000000000000000007");
    }

    private static String id(PdfScreenplayRenderer renderer, Screenplay play) throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "document-id"))) {
            COSArray ids = document.getDocument().getDocumentID();
            byte[] first = ((COSString) ids.getObject(0)).getBytes();
            assertThat(((COSString) ids.getObject(1)).getBytes()).isEqualTo(first);
            StringBuilder hex = new StringBuilder();
            for (byte b : first) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        }
    }

    private static String author(String... authors) throws IOException {
        Screenplay play = Screenplay.builder().title("Rooftop").author(authors)
                .scene("INT. ROOM - DAY", s -> s.action("Quiet.")).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(), play,
                "info-authors"))) {
            return document.getDocumentInformation().getAuthor();
        }
    }
}
