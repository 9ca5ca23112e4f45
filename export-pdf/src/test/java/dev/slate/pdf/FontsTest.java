package dev.slate.pdf;

import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.testing.Samples;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Which fonts draw which characters: embedded by default, whole families, emphasis in every script. */
class FontsTest {

    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf");
    private static final Path DEJAVU_MONO = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path COURIER_PRIME_OTF = Path.of("/usr/share/fonts/opentype/courier-prime/Courier Prime.otf");

    /** A character as drawn: its font, whether stroked, and the slant of its text matrix. */
    record Glyph(String text, String font, boolean stroked, float slant) {
    }

    @Test
    void byDefaultEveryGlyphIsDrawnFromEmbeddedCourierPrime() throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().build(),
                Samples.rooftop(), "fonts-default"))) {
            Map<String, PDFont> fonts = fonts(document);
            // each face is embedded only when drawn with: the sample has no bold italic
            assertThat(fonts.keySet()).containsExactlyInAnyOrder("CourierPrime", "CourierPrime-Bold",
                    "CourierPrime-Italic");
            assertThat(fonts.values()).allMatch(FontsTest::embedded);
            for (PDFont font : fonts.values()) { // subsets: the sample draws about 60 of 412 glyphs; subroutines stay
                PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                assertThat(font.getName()).matches("[A-Z]{6}\\+CourierPrime.*");
                assertThat(descriptor.getFontFile3().toByteArray().length).isLessThan(26_000 / 2);
            }
            assertThat(new PDFTextStripper().getText(document)).contains("EXT. SCHOOL ROOFTOP - LATE AFTERNOON",
                    "The kettle screams. Nobody moves.");
            assertThat(glyphs(document, "screams")).allMatch(g -> g.font().equals("CourierPrime-Bold") && !g.stroked());
        }
    }

    @Test
    void standardCourierIsTheUnembeddedStandardFamily() throws IOException {
        try (PDDocument document = Rendered.load(Rendered.bytes(PdfScreenplayRenderer.builder().standardCourier()
                .build(), Samples.rooftop(), "fonts-standard"))) {
            Map<String, PDFont> fonts = fonts(document);
            assertThat(fonts.keySet()).contains("Courier", "Courier-Bold", "Courier-Oblique");
            assertThat(fonts.values()).noneMatch(FontsTest::embedded);
        }
    }

    @Test
    void courierPrimeBreaksTheCorpusPagesExactlyAsStandardCourier() {
        PdfScreenplayRenderer prime = PdfScreenplayRenderer.builder().build();
        PdfScreenplayRenderer courier = PdfScreenplayRenderer.builder().standardCourier().build();
        for (Path script : Corpus.scripts()) {
            Screenplay play = Corpus.read(script);
            List<List<PageText.Row>> primePages = rows(Rendered.bytes(prime, play, "prime-" + script.getFileName()));
            List<List<PageText.Row>> courierPages = rows(Rendered.bytes(courier, play, "courier-" + script.getFileName()));

            assertThat(primePages).as(script.toString()).hasSameSizeAs(courierPages);
            for (int p = 0; p < primePages.size(); p++) {
                List<PageText.Row> a = primePages.get(p);
                List<PageText.Row> b = courierPages.get(p);
                assertThat(a.stream().map(PageText.Row::text).toList()).as(script + " page " + (p + 1))
                        .isEqualTo(b.stream().map(PageText.Row::text).toList());
                for (int r = 0; r < a.size(); r++) {
                    assertThat(a.get(r).baseline()).isCloseTo(b.get(r).baseline(), org.assertj.core.api.Assertions.within(0.01));
                    assertThat(a.get(r).xs().get(0)).isCloseTo(b.get(r).xs().get(0), org.assertj.core.api.Assertions.within(0.5f));
                }
            }
        }
    }

    @Test
    void aSingleFaceGetsSyntheticBoldAndItalicAndOneWarningEach() throws IOException {
        assumeTrue(Files.exists(LIBERATION), "fonts-liberation is installed");
        List<String> warnings = new ArrayList<>();
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(FontSource.file(LIBERATION))
                .warnings(warnings::add).build();
        Rendered.bytes(renderer, Samples.rooftop(), "fonts-synthetic-again");
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, Samples.rooftop(), "fonts-synthetic"))) {
            assertThat(fonts(document).keySet()).allMatch(n -> n.endsWith("LiberationMono"));
            assertThat(glyphs(document, "screams")).allMatch(g -> g.stroked() && g.slant() == 0);
            assertThat(glyphs(document, "moves")).allMatch(g -> !g.stroked() && g.slant() > 0.2f);
            assertThat(glyphs(document, "kettle")).allMatch(g -> !g.stroked() && g.slant() == 0);
        }
        assertThat(warnings).hasSize(2).allMatch(w -> w.contains(LIBERATION.toString()))
                .anyMatch(w -> w.contains("no bold face")).anyMatch(w -> w.contains("no italic face"));
    }

    @Test
    void aFilesSiblingFacesAreFoundByName() throws IOException {
        assumeTrue(Files.exists(LIBERATION), "fonts-liberation is installed");
        List<String> warnings = new ArrayList<>();
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().font(FontFamily.file(LIBERATION))
                .warnings(warnings::add).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, Samples.rooftop(), "fonts-family"))) {
            assertThat(fonts(document).keySet()).anyMatch(n -> n.endsWith("LiberationMono-Bold"))
                    .anyMatch(n -> n.endsWith("LiberationMono-Italic"));
            assertThat(glyphs(document, "moves")).allMatch(g -> g.font().endsWith("LiberationMono-Italic")
                    && g.slant() == 0);
        }
        assertThat(warnings).isEmpty();
        assertThat(FontFamily.installed("liberation mono")).hasValueSatisfying(f ->
                assertThat(f.name()).endsWith("LiberationMono-Regular.ttf"));
        assertThat(FontFamily.installed("No Such Family Anywhere")).isEmpty();
    }

    @Test
    void courierPrimesDebianFilesFormAFamilyByTheirNames() throws IOException {
        assumeTrue(Files.exists(COURIER_PRIME_OTF), "fonts-courier-prime is installed");
        FontFamily family = FontFamily.file(COURIER_PRIME_OTF);
        assertThat(family.bold().name()).endsWith("Courier Prime Bold.otf");
        assertThat(family.italic().name()).endsWith("Courier Prime Italic.otf");
        assertThat(family.boldItalic().name()).endsWith("Courier Prime Bold Italic.otf");
    }

    @Test
    void emphasisedCyrillicUsesTheFallbackFamilysOwnFaces() throws IOException {
        assumeTrue(Files.exists(DEJAVU_MONO), "fonts-dejavu-core is installed");
        Screenplay play = emphasised("Бабушка ", "ждёт", " и ", "молчит");
        PdfScreenplayRenderer named = PdfScreenplayRenderer.builder().systemFallbackFonts(false)
                .fallbackFont(FontFamily.file(DEJAVU_MONO)).build();
        PdfScreenplayRenderer installed = PdfScreenplayRenderer.builder().build();
        for (PdfScreenplayRenderer renderer : List.of(named, installed)) {
            try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "fonts-cyrillic"))) {
                assertThat(glyphs(document, "ждёт")).allMatch(g -> g.font().endsWith("DejaVuSansMono-Bold"));
                assertThat(glyphs(document, "молчит")).allMatch(g -> g.font().endsWith("DejaVuSansMono-Oblique"));
                assertThat(glyphs(document, "Бабушка")).allMatch(g -> g.font().endsWith("DejaVuSansMono"));
            }
        }
    }

    @Test
    void emphasisedChineseFromACollectionIsSynthetic() throws IOException {
        assumeTrue(Files.exists(WQY), "fonts-wqy-microhei is installed");
        Screenplay play = emphasised("林晓", "回家", "了", "吗");
        List<String> warnings = new ArrayList<>();
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().systemFallbackFonts(false)
                .fallbackFont(FontSource.file(WQY)).warnings(warnings::add).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "fonts-chinese"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("林晓回家了吗");
            assertThat(glyphs(document, "回家")).allMatch(g -> g.stroked() && g.slant() == 0);
            assertThat(glyphs(document, "吗")).allMatch(g -> !g.stroked() && g.slant() > 0.2f);
            assertThat(glyphs(document, "林晓")).allMatch(g -> !g.stroked() && g.slant() == 0);
        }
        assertThat(warnings).anyMatch(w -> w.contains("wqy-microhei.ttc has no bold face"));
    }

    @Test
    void anOpenTypeFontWithPostScriptOutlinesServesAsAFallback() throws IOException {
        assumeTrue(Files.exists(COURIER_PRIME_OTF), "fonts-courier-prime is installed");
        Screenplay play = Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("Erdős counts.")).build();
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().standardCourier().systemFallbackFonts(false)
                .fallbackFont(FontSource.file(COURIER_PRIME_OTF)).build();
        try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "fonts-cff-fallback"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Erdős counts.");
            assertThat(glyphs(document, "ő")).allMatch(g -> g.font().startsWith("CourierPrime"));
            assertThat(glyphs(document, "E")).allMatch(g -> g.font().equals("Courier"));
        }
    }

    @Test
    void chineseComesFromWhicheverChineseFontIsInstalledTrueTypeOrPostScript() throws IOException {
        List<Path> cjk = dev.slate.pdf.internal.FamilyFiles.fontFiles(List.of(Path.of("/usr/share/fonts")), true)
                .stream().filter(p -> p.toString().contains("CJK") || p.toString().contains("wqy")).toList();
        assumeTrue(!cjk.isEmpty(), "a Chinese font is installed (fonts-wqy-microhei or fonts-noto-cjk)");
        for (Path font : cjk) {
            PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().systemFallbackFonts(false)
                    .fallbackFont(FontSource.file(font)).build();
            Screenplay play = Screenplay.builder().scene("INT. KITCHEN - NIGHT", s -> s.dialogue("林晓", "妈妈。"))
                    .build();
            try (PDDocument document = Rendered.load(Rendered.bytes(renderer, play, "fonts-cjk"))) {
                assertThat(new PDFTextStripper().getText(document)).as(font.toString()).contains("林晓", "妈妈。");
                assertThat(fonts(document).values()).allMatch(FontsTest::embedded);
            }
        }
    }

    @Test
    void theMissingGlyphMessageNamesOnlyRemediesThatWork() {
        Screenplay play = Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("\uDBFF\uDFFD")).build();
        assertThatThrownBy(() -> PdfScreenplayRenderer.builder().systemFallbackFonts(false).build()
                .render(play, new java.io.ByteArrayOutputStream()))
                .hasMessageContaining("U+10FFFD").hasMessageContaining("Name a font that covers it with fallbackFont")
                .hasMessageNotContaining("install");
        assertThat(MissingGlyphException.installAdvice('林')).contains("fonts-noto-cjk", "fonts-wqy-microhei");
        assertThat(MissingGlyphException.installAdvice('Ж')).contains("fonts-noto-core").doesNotContain("cjk");
    }

    @Test
    void aCharacterOfTheWatermarkNoFontDrawsIsToldAsTheWatermarks() {
        PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().systemFallbackFonts(false)
                .watermark("Copy 林").build();
        assertThatThrownBy(() -> renderer.render(Samples.rooftop(), new java.io.ByteArrayOutputStream()))
                .isInstanceOfSatisfying(MissingGlyphException.class, e -> {
                    assertThat(e.part()).isEqualTo(MissingGlyphException.Part.WATERMARK);
                    assertThat(e.getMessage()).contains("the watermark");
                });
    }

    private static Screenplay emphasised(String plain, String bold, String between, String italic) {
        return Screenplay.builder().scene("INT. DACHA - DAY", s -> s.action(new StyledText(List.of(
                new StyledText.Span(plain, Set.of()), new StyledText.Span(bold, Set.of(Style.BOLD)),
                new StyledText.Span(between, Set.of()), new StyledText.Span(italic, Set.of(Style.ITALIC))))))
                .build();
    }

    private static boolean embedded(PDFont font) {
        PDFontDescriptor descriptor = font instanceof PDType0Font type0 ? type0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontFile() != null || descriptor.getFontFile2() != null
                || descriptor.getFontFile3() != null);
    }

    private static Map<String, PDFont> fonts(PDDocument document) throws IOException {
        Map<String, PDFont> fonts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.put(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font);
            }
        }
        return fonts;
    }

    private static List<List<PageText.Row>> rows(byte[] pdf) {
        try (PDDocument document = Rendered.load(pdf)) {
            return PageText.rows(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyphs of the first occurrence of a word, as drawn. */
    private static List<Glyph> glyphs(PDDocument document, String word) throws IOException {
        List<Glyph> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
                float slant = text.getTextMatrix().getShearX() / text.getTextMatrix().getScalingFactorY();
                all.add(new Glyph(text.getUnicode(), text.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""),
                        stroked, slant));
            }
        };
        stripper.getText(document);
        StringBuilder text = new StringBuilder();
        all.forEach(g -> text.append(g.text()));
        int at = text.indexOf(word);
        assertThat(at).as("the text contains " + word).isNotNegative();
        return all.subList(at, at + word.length());
    }
}
