package dev.slate.pdf.internal;

import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A subset draws its kept glyphs exactly as the whole font does, and nothing for the others. */
class CffSubsetTest {

    @Test
    void keptGlyphsKeepTheirOutlinesAndTheOthersAreEmpty() throws IOException {
        for (int style = 0; style < 4; style++) {
            byte[] otf = BundledFonts.courierPrime().face(style).bytes();
            try (OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBuffer(otf))) {
                CFFFont whole = font.getCFF().getFont();
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Set<Integer> keep = Set.of(cmap.getGlyphId('A'), cmap.getGlyphId('g'), cmap.getGlyphId('&'));
                byte[] subset = CffSubset.of(whole.getData(), keep);
                CFFFont cut = new CFFParser().parse(new RandomAccessReadBuffer(subset)).get(0);

                assertThat(subset.length).isLessThan(whole.getData().length / 2);
                assertThat(CffSubset.of(whole.getData(), keep)).isEqualTo(subset);
                assertThat(cut.getNumCharStrings()).isEqualTo(whole.getNumCharStrings());
                for (int gid : keep) {
                    assertThat(segments(cut, gid)).isNotEmpty().isEqualTo(segments(whole, gid));
                }
                assertThat(segments(cut, cmap.getGlyphId('B'))).isEmpty();
                assertThat(segments(whole, cmap.getGlyphId('B'))).isNotEmpty();
            }
        }
    }

    private static List<String> segments(CFFFont font, int gid) throws IOException {
        List<String> segments = new ArrayList<>();
        float[] c = new float[6];
        for (PathIterator path = font.getType2CharString(gid).getPath().getPathIterator(null); !path.isDone();
                path.next()) {
            int type = path.currentSegment(c);
            segments.add(type + ":" + java.util.Arrays.toString(c));
        }
        return segments;
    }
}
