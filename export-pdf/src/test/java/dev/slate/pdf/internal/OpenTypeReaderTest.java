package dev.slate.pdf.internal;

import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The reader gives what fontbox gives, for Courier Prime and every other name-keyed CFF font
 * installed, and leaves to fontbox what it does not read, damaged files included.
 */
class OpenTypeReaderTest {

    @Test
    void readsWhatFontboxReads() throws IOException {
        List<byte[]> fonts = cffFonts();
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(4);
        for (byte[] file : fonts) {
            OpenTypeReader.Font read = OpenTypeReader.read(file);
            assertThat(read).isNotNull();
            try (OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(file))) {
                CFFFont cff = otf.getCFF().getFont();
                CffMetrics expected = CffMetrics.of(otf, cff);
                CffMetrics actual = read.metrics();
                assertThat(actual.unitsPerEm()).isEqualTo(expected.unitsPerEm());
                assertThat(actual.box()).isEqualTo(expected.box());
                assertThat(actual.cidOf()).isEqualTo(expected.cidOf());
                assertThat(actual.advanceWidths()).isEqualTo(expected.advanceWidths());
                assertThat(actual.program()).isEqualTo(expected.program());
                assertThat(actual.fixedPitch()).isEqualTo(expected.fixedPitch());
                assertThat(actual.italicAngle()).isEqualTo(expected.italicAngle());
                assertThat(actual.ascender()).isEqualTo(expected.ascender());
                assertThat(actual.descender()).isEqualTo(expected.descender());
                assertThat(actual.capHeight()).isEqualTo(expected.capHeight());
                assertThat(read.postScriptName()).isEqualTo(otf.getName());

                CmapLookup fontbox = otf.getUnicodeCmapLookup(false);
                for (int c = 0; c <= 0x10FFFF; c++) {
                    if (read.cmap().getGlyphId(c) != fontbox.getGlyphId(c)) {
                        assertThat(read.cmap().getGlyphId(c)).as("U+%04X", c).isEqualTo(fontbox.getGlyphId(c));
                    }
                }
                int a = fontbox.getGlyphId('a');
                assertThat(read.cmap().getCharCodes(a)).containsExactlyInAnyOrderElementsOf(fontbox.getCharCodes(a));
            }
        }
    }

    @Test
    void leavesTrueTypeAndCollectionsToFontbox() throws IOException {
        Path liberation = Path.of("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf");
        if (Files.exists(liberation)) {
            assertThat(OpenTypeReader.read(Files.readAllBytes(liberation))).isNull();
        }
        byte[] collection = Arrays.copyOf("ttcf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 64);
        assertThat(OpenTypeReader.read(collection)).isNull();
        assertThat(OpenTypeReader.read(new byte[0])).isNull();
    }

    @Test
    void aDamagedFileIsLeftToFontboxNotThrown() {
        byte[] whole = BundledFonts.courierPrime().regular().bytes();
        // cut short anywhere, or one byte of the first 4 KiB (directory, head, hhea, maxp, name, cmap) changed
        qt().withExamples(300).forAll(integers().between(0, whole.length - 1), integers().between(0, 4095),
                integers().between(0, 255)).checkAssert((cut, at, value) -> {
                    OpenTypeReader.read(Arrays.copyOf(whole, cut));
                    byte[] changed = whole.clone();
                    changed[at] = (byte) (int) value;
                    OpenTypeReader.read(changed);
                });
        assertThat(OpenTypeReader.read(Arrays.copyOf(whole, 2000))).isNull();
    }

    /** The bundled faces, then the OpenType files installed with CFF outlines that are not CID-keyed. */
    private static List<byte[]> cffFonts() throws IOException {
        List<byte[]> fonts = new ArrayList<>();
        for (int style = 0; style < 4; style++) {
            fonts.add(BundledFonts.courierPrime().face(style).bytes());
        }
        Path installed = Path.of("/usr/share/fonts/opentype");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> files = Files.walk(installed)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".otf")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    try (OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                        if (otf.isPostScript() && !CffSubset.isCidKeyed(otf.getCFF().getFont().getData())) {
                            fonts.add(bytes);
                        }
                    }
                }
            }
        }
        return fonts;
    }
}
