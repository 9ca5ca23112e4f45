package dev.slate.pdf.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class PdfBytesTest {

    @Test
    void givesBackWhatWasWrittenHoweverItWasCut() {
        // pieces around the 64 KB chunk size: empty, single bytes, and writes that span several chunks
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 150_000)).ofSizeBetween(0, 12), integers().all())
                .checkAssert((pieces, seed) -> {
                    Random random = new Random(seed);
                    ByteArrayOutputStream expected = new ByteArrayOutputStream();
                    PdfBytes bytes = new PdfBytes();
                    for (int length : pieces) {
                        byte[] piece = new byte[length + 2];
                        random.nextBytes(piece);
                        if (length == 1) {
                            bytes.write(piece[1]);
                        } else {
                            bytes.write(piece, 1, length);
                        }
                        expected.write(piece, 1, length);
                    }
                    assertThat(bytes.size()).isEqualTo(expected.size());
                    assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
                    assertThat(written(bytes)).isEqualTo(expected.toByteArray());
                });
    }

    @Test
    void anEmptyBufferIsEmpty() {
        assertThat(new PdfBytes().toByteArray()).isEmpty();
        assertThat(written(new PdfBytes())).isEmpty();
        assertThat(new PdfBytes().size()).isZero();
    }

    private static byte[] written(PdfBytes bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
