package dev.slate.cli.internal;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.afm.CharMetric;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.geom.GeneralPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives PDFBox the standard 14 fonts (Courier) as their metrics alone. Slate's PDFs do not embed
 * those fonts, and the command never draws a page to pixels, yet PDFBox looks for an installed
 * font to draw them with the first time one is created, scanning every installed font: about a
 * sixth of a {@code slate render}. Other fonts go to PDFBox's own mapper, untouched. A library must
 * not change this process-wide setting for its callers, so only the command installs it.
 */
public final class MetricsOnlyFontMapper implements FontMapper {

    private static MetricsOnlyFontMapper installed;

    private FontMapper fallback;

    private MetricsOnlyFontMapper() {
    }

    /** Installs the mapper in front of PDFBox's own, once. */
    public static synchronized void install() {
        if (installed == null) {
            installed = new MetricsOnlyFontMapper();
            FontMappers.set(installed);
        }
    }

    /**
     * PDFBox's own mapper, made only when a font other than the standard 14 is asked for: making
     * it loads a last-resort font, another sixth of a render that the command rarely needs.
     */
    private FontMapper fallback() {
        synchronized (MetricsOnlyFontMapper.class) {
            if (fallback == null) {
                FontMappers.set(null);
                fallback = FontMappers.instance();
                FontMappers.set(this);
            }
            return fallback;
        }
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        if (Standard14Fonts.containsName(baseFont)) {
            return new FontMapping<>(new MetricsFont(Standard14Fonts.getAFM(baseFont)), false);
        }
        return fallback().getFontBoxFont(baseFont, descriptor);
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return fallback().getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return fallback().getCIDFont(baseFont, descriptor, cidSystemInfo);
    }

    /** A font that knows its glyph names and widths and has no outlines. */
    private static final class MetricsFont implements FontBoxFont {
        private final FontMetrics metrics;
        private final Set<String> glyphs = new HashSet<>();

        MetricsFont(FontMetrics metrics) {
            this.metrics = metrics;
            for (CharMetric glyph : metrics.getCharMetrics()) {
                glyphs.add(glyph.getName());
            }
        }

        @Override
        public String getName() {
            return metrics.getFontName();
        }

        @Override
        public BoundingBox getFontBBox() {
            return metrics.getFontBBox();
        }

        @Override
        public List<Number> getFontMatrix() {
            return List.of(0.001f, 0, 0, 0.001f, 0, 0);
        }

        @Override
        public GeneralPath getPath(String name) {
            return new GeneralPath();
        }

        @Override
        public float getWidth(String name) {
            return metrics.getCharacterWidth(name);
        }

        @Override
        public boolean hasGlyph(String name) {
            return glyphs.contains(name);
        }
    }
}
