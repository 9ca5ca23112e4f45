package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paginator;
import dev.slate.core.testing.Samples;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a renderer promises beyond geometry: output, options, fonts, failures. */
class PdfRendererTest {

    private static final PdfScreenplayRenderer DEFAULT = PdfScreenplayRenderer.builder().build();

    @Test
    void sameInputGivesTheSameBytes() {
        byte[] first = Rendered.bytes(DEFAULT, Samples.rooftop(), "determinism-1");
        byte[] second = Rendered.bytes(PdfScreenplayRenderer.builder().build(), Samples.rooftop(), "determinism-2");

        assertThat(second).isEqualTo(first);
    }

    /**
     * A renderer kept for render after render (as {@code slate watch} keeps one) writes what a fresh one
     * writes, and the text copies out whole: what a render learns of its fonts' characters (ASCII,
     * General Punctuation, beyond it, in every style) serves that render alone.
     */
    @Test
    void aRendererUsedAgainWritesWhatAFreshOneWrites() throws IOException {
        String line = "It\u2019s \u201cover\u201d \u2014 \u20ac5\u2026 *bold* _under_ **_both_** ***all*** \u00e9t\u00e9";
        Screenplay play = dev.slate.core.fountain.FountainReader.create()
                .read("INT. ROOM - DAY\n\n" + line + "\n\nANNA\n" + line + "\n").screenplay();
        Screenplay other = dev.slate.core.fountain.FountainReader.create()
                .read("EXT. ROAD - NIGHT\n\nQuiet, \u2018mostly\u2019; \u00bfqu\u00e9? \u00a7 \u2022\n").screenplay();
        PdfScreenplayRenderer kept = PdfScreenplayRenderer.builder().build();

        byte[] first = Rendered.bytes(kept, play, "kept-1");
        Rendered.bytes(kept, other, "kept-other");
        byte[] again = Rendered.bytes(kept, play, "kept-2");
        byte[] fresh = Rendered.bytes(PdfScreenplayRenderer.builder().build(), play, "kept-fresh");

        assertThat(again).isEqualTo(first).isEqualTo(fresh);
        try (PDDocument document = Rendered.load(again)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("It\u2019s \u201cover\u201d \u2014 \u20ac5\u2026 bold under both all \u00e9t\u00e9");
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        DEFAULT.render(Samples.rooftop(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aCharacterNoFontCanDrawStopsWithAClearMessageAndWritesNothing() {
        PdfScreenplayRenderer courierOnly = PdfScreenplayRenderer.builder().systemFallbackFonts(false).build();
        Screenplay play = Screenplay.builder()
                .scene("INT. KITCHEN - NIGHT", s -> s.number("7").action("Dinner.").dialogue("林晓", "Mom."))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> courierOnly.render(play, out))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("'林' (U+6797)")
                .hasMessageContaining("scene 7 (INT. KITCHEN - NIGHT)")
                .hasMessageContaining("page 1 line 5")
                .hasMessageContaining("fallbackFont");
        assertThat(out.size()).isZero();
    }

    @Test
    void textCourierCannotDrawComesFromAnInstalledFont() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.exists(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
                        || Files.exists(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")),
                "a Chinese font is installed (Debian: fonts-wqy-microhei, which .ci/run installs)");
        Screenplay play = Screenplay.builder()
                .scene("INT. KITCHEN - NIGHT", s -> s.dialogue("林晓", "Мама, я дома."))
                .build();
        byte[] pdf = Rendered.bytes(DEFAULT, play, "fallback-system");

        try (PDDocument document = Rendered.load(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("林晓", "Мама, я дома.");
            assertThat(fontNames(document)).contains("CourierPrime").anyMatch(n -> n.contains("CJK") || n.contains("Hei"));
        }
    }

    @Test
    void aCallersFallbackFontComesBeforeTheSystemFonts() throws IOException {
        Path mono = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mono), "fonts-dejavu-core is installed");
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().systemFallbackFonts(false)
                .fallbackFont(FontSource.file(mono)).build();
        Screenplay play = Screenplay.builder().scene("INT. DACHA - DAY", s -> s.action("Бабушка ждёт.")).build();

        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "fallback-caller"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Бабушка ждёт.");
            assertThat(fontNames(document)).anyMatch(n -> n.endsWith("DejaVuSansMono"));
        }
    }

    @Test
    void anEmbeddedTrueTypeFontReplacesCourier() throws IOException {
        Path mono = Path.of("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mono), "fonts-liberation is installed");
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(FontSource.file(mono)).build();

        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, Samples.rooftop(), "embedded-font"))) {
            assertThat(fontNames(document)).allMatch(n -> n.endsWith("LiberationMono"));
            assertThat(new PDFTextStripper().getText(document)).contains("EXT. SCHOOL ROOFTOP - LATE AFTERNOON");
        }
    }

    @Test
    void courierPrimeAnOpenTypeFontWithPostScriptOutlinesIsEmbedded() throws IOException {
        Path dir = Path.of("/usr/share/fonts/opentype/courier-prime");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dir.resolve("Courier Prime.otf")),
                "fonts-courier-prime is installed");
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(
                FontSource.file(dir.resolve("Courier Prime.otf")), FontSource.file(dir.resolve("Courier Prime Bold.otf")),
                FontSource.file(dir.resolve("Courier Prime Italic.otf")),
                FontSource.file(dir.resolve("Courier Prime Bold Italic.otf"))).build();
        byte[] pdf = Rendered.bytes(renderer, Samples.rooftop(), "courier-prime");

        try (PDDocument document = Rendered.load(pdf)) {
            assertThat(fontNames(document)).isNotEmpty().allMatch(n -> n.startsWith("CourierPrime"));
            assertThat(rawFontNames(document)).allMatch(n -> n.matches("[A-Z]{6}\\+CourierPrime.*")); // subsets
            List<List<PageText.Row>> pages = PageText.rows(document);
            PageText.Row heading = PageText.find(pages.get(1), "EXT. SCHOOL ROOFTOP - LATE AFTERNOON");
            assertThat(heading.xOf("EXT.")).isCloseTo(108, org.assertj.core.api.Assertions.within(0.5));
            assertThat(heading.endOf("AFTERNOON") - heading.xOf("EXT.")).isCloseTo(36 * 7.2,
                    org.assertj.core.api.Assertions.within(1.0));
        }
        assertThat(Rendered.bytes(renderer, Samples.rooftop(), "courier-prime-again")).isEqualTo(pdf);
    }

    @Test
    void bytesThatAreNotAFontAreRefusedByName() {
        assertThatThrownBy(() -> FontSource.stream("notes.txt", new java.io.ByteArrayInputStream(new byte[100])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt is not a font file");
    }

    @Test
    void aFontThatCannotBeReadIsReportedByName() {
        byte[] bytes = new byte[100];
        System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        FontSource broken = FontSource.stream("broken.otf", new java.io.ByteArrayInputStream(bytes));
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(broken).build();

        assertThatThrownBy(() -> renderer.render(Samples.rooftop(), new ByteArrayOutputStream()))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("broken.otf");
    }

    /**
     * A font file whose tables are sound but whose CFF program is not is refused by name when it is
     * loaded, as fontbox's full parse finds, not written into the PDF or failed on at the end.
     */
    @Test
    void aFontDamagedInItsCffProgramIsReportedByName() throws IOException {
        byte[] bytes;
        try (java.io.InputStream in = PdfRendererTest.class
                .getResourceAsStream("/dev/slate/pdf/fonts/CourierPrime-Regular.otf")) {
            bytes = in.readAllBytes();
        }
        int cff = -1;
        for (int i = 0; i < (bytes[4] << 8 | bytes[5] & 0xFF); i++) {
            if (new String(bytes, 12 + 16 * i, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("CFF ")) {
                cff = java.nio.ByteBuffer.wrap(bytes, 12 + 16 * i + 8, 4).getInt();
            }
        }
        bytes[cff + 102] = 22; // a reserved operator in a DICT of the program
        FontSource damaged = FontSource.stream("damaged.otf", new java.io.ByteArrayInputStream(bytes));
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(damaged).build();

        assertThatThrownBy(() -> renderer.render(Samples.rooftop(), new ByteArrayOutputStream()))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("font damaged.otf cannot be used (invalid DICT data");
    }

    @Test
    void noTitlePageWithoutTitleFields() throws IOException {
        Screenplay play = Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("Quiet.")).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(DEFAULT, play, "no-title"))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).startsWith("INT. ROOM - DAY");
        }
    }

    @Test
    void outlineHasOneBookmarkPerSceneAndInformationNamesTheScript() throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(DEFAULT, Samples.rooftop(), "outline"))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("1. EXT. SCHOOL ROOFTOP - LATE AFTERNOON", "2. INT. KITCHEN - NIGHT",
                    "12A. EXT. ALLEY - DAY");
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Love Lights My Way Back Home");
            assertThat(info.getAuthor()).isEqualTo("Lin Xiao");
            assertThat(info.getCreator()).isEqualTo("Slate");
        }
    }

    @Test
    void textCopiesOutInReadingOrder() throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(DEFAULT, Samples.rooftop(), "reading-order"))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence("FADE IN:", "EXT. SCHOOL ROOFTOP", "JIAYI", "(quietly)",
                    "Mom? Are you there?", "CUT TO:", "INT. KITCHEN", "JIAYI You never listen.",
                    "MRS. SHEN (at once) You never stay.", "Maple leaves", "THE END?");
        }
    }

    @Test
    void watermarkIsOnEveryPageHeaderAndFooterOnEveryScriptPage() throws IOException {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().watermark("Copy for Mrs. Shen")
                .header("PINK REVISION").footer("Confidential").build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, Samples.rooftop(), "watermark"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                if (p > 1) { // the title page carries neither
                    assertThat(text).contains("PINK REVISION", "Confidential");
                }
                assertThat(text).doesNotContain("Copy", "Mrs. Shen"); // drawn as shapes
            }
        }
    }

    @Test
    void continuedMarkersAndScenePerPage() throws IOException {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder()
                .paginator(Paginator.builder().continuedMarkers(true).scenePerPage(true).build()).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, Samples.rooftop(), "continued"))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("(CONTINUED)", "CONTINUED:");
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(3);
            page.setEndPage(3);
            assertThat(page.getText(document)).startsWith("2.\nINT. KITCHEN - NIGHT");
        }
    }

    @Test
    void pageCountIsTheTitlePagePlusTheLayoutsPages() throws IOException {
        int layoutPages = Paginator.builder().build().paginate(Samples.rooftop()).pageCount();
        try (PDDocument document = Rendered.load(Rendered.bytes(DEFAULT, Samples.rooftop(), "count"))) {
            assertThat(document.getNumberOfPages()).isEqualTo(layoutPages + 1);
        }
    }

    @Test
    void theInMemoryPdfIsTheOneWrittenToAStreamAndAFailureWritesNothing() {
        PdfScreenplayRenderer courierOnly = PdfScreenplayRenderer.builder().systemFallbackFonts(false).build();
        Screenplay play = Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("林")).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        assertThatThrownBy(() -> courierOnly.render(play, out)).isInstanceOf(PdfRenderException.class);
        assertThat(out.size()).isZero();
        DEFAULT.render(Samples.rooftop(), out);
        assertThat(out.toByteArray()).isEqualTo(DEFAULT.render(Samples.rooftop()));
    }

    @Test
    void aFailingStreamIsReportedAsAnIoError() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> DEFAULT.render(Samples.rooftop(), failing))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void oddButValidScreenplaysRender() throws IOException {
        List<Screenplay> plays = List.of(
                Screenplay.builder().build(),
                Screenplay.builder().scene("INT. ROOM - DAY", s -> { }).build(),
                Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("\n\n\n").pageBreak().pageBreak()).build(),
                Screenplay.builder().scene("INT. ROOM - DAY", s -> s.dialogue("A".repeat(120))).build(),
                Screenplay.builder().scene("INT. ROOM - DAY", s -> s.dialogue("DANA", "(" + "beat ".repeat(300) + ")"))
                        .build(),
                Screenplay.builder().scene("INT. " + "VERY LONG PLACE ".repeat(30) + "- DAY", s -> s.transition("CUT TO:")
                        .transition("DISSOLVE TO:").centered("x".repeat(500))).build(),
                Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("tab\there\u0000\u200bzero width")).build());
        for (Screenplay play : plays) {
            try (PDDocument document = Rendered.load(Rendered.bytes(DEFAULT, play, "odd"))) {
                assertThat(document.getNumberOfPages()).isPositive();
            }
        }
    }

    /** The fonts' names without the tag of a subset. */
    private static Set<String> fontNames(PDDocument document) throws IOException {
        Set<String> names = new HashSet<>();
        rawFontNames(document).forEach(n -> names.add(n.replaceFirst("^[A-Z]{6}\\+", "")));
        return names;
    }

    private static Set<String> rawFontNames(PDDocument document) throws IOException {
        Set<String> names = new HashSet<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }
}
