package dev.slate.pdf.internal;

import dev.slate.core.TitlePage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The dates written by hand are the ones PDFBox writes from a calendar. */
class DocumentInfoTest {

    private static final long YEAR_1583 = -12_212_553_600_000L;
    private static final long YEAR_10000 = 253_402_300_800_000L;

    @Test
    void aDateIsWrittenAsPdfboxWritesIt() {
        qt().withExamples(2000).forAll(longs().between(YEAR_1583, YEAR_10000 - 1)).checkAssert(millis ->
                assertThat(DocumentInfo.pdfDate(Instant.ofEpochMilli(millis))).isEqualTo(pdfbox(millis)));
        assertThat(DocumentInfo.pdfDate(DocumentInfo.FIXED_DATE)).isEqualTo("D:20000101000000+00'00'");
    }

    @Test
    void datesBeyondTheHandWrittenRangeAreWrittenByPdfbox() {
        for (long millis : new long[] {YEAR_1583 - 1, -62_135_596_800_000L, YEAR_10000, YEAR_1583, YEAR_10000 - 1}) {
            PDDocumentInformation info = new PDDocumentInformation();
            DocumentInfo.write(info, TitlePage.EMPTY, Instant.ofEpochMilli(millis));
            assertThat(info.getCOSObject().getString(COSName.CREATION_DATE)).isEqualTo(pdfbox(millis));
            assertThat(info.getCOSObject().getString(COSName.MOD_DATE)).isEqualTo(pdfbox(millis));
        }
    }

    private static String pdfbox(long millis) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(millis);
        return DateConverter.toString(calendar);
    }
}
