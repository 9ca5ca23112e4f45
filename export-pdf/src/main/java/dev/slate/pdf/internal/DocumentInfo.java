package dev.slate.pdf.internal;

import dev.slate.core.TitlePage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The document information a viewer shows: the title and authors from the title page (none when it
 * has none), Slate as creator and producer, and a creation date that is fixed unless the caller gives
 * one, so that the same input gives the same bytes.
 */
final class DocumentInfo {

    /**
     * The date written when the caller gives none: fixed, so that output stays byte-identical. Not
     * parsed from text: that would set up all of java.time's formatters for one date.
     */
    static final Instant FIXED_DATE = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Before this, java.util.GregorianCalendar counts in the Julian calendar. */
    private static final Instant GREGORIAN = LocalDate.of(1583, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant YEAR_10000 = LocalDate.of(10000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private DocumentInfo() {
    }

    static void write(PDDocumentInformation info, TitlePage titlePage, Instant creationDate) {
        String title = titlePage.title().map(DocumentInfo::oneLine).orElse("");
        if (!title.isEmpty()) {
            info.setTitle(title);
        }
        String authors = titlePage.authors().map(DocumentInfo::names).orElse("");
        if (!authors.isEmpty()) {
            info.setAuthor(authors);
        }
        info.setCreator("Slate");
        String version = DocumentInfo.class.getPackage().getImplementationVersion();
        info.setProducer(version == null ? "Slate" : "Slate " + version);
        Instant date = creationDate != null ? creationDate : FIXED_DATE;
        if (date.isBefore(GREGORIAN) || !date.isBefore(YEAR_10000)) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(date.toEpochMilli());
            info.setCreationDate(calendar);
            info.setModificationDate(calendar);
        } else {
            info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate(date));
            info.getCOSObject().setString(COSName.MOD_DATE, pdfDate(date));
        }
    }

    /**
     * A date in UTC as PDFBox writes it ({@code D:20000101000000+00'00'}), for a date from the
     * Gregorian calendar's first full year to 9999. Written by hand: PDFBox's String.format and
     * SimpleDateFormat set up the JDK's locale data, some 20 ms of a render that starts cold.
     */
    static String pdfDate(Instant date) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(date.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder("D:");
        digits(text, t.getYear(), 4);
        digits(text, t.getMonthValue(), 2);
        digits(text, t.getDayOfMonth(), 2);
        digits(text, t.getHour(), 2);
        digits(text, t.getMinute(), 2);
        digits(text, t.getSecond(), 2);
        return text.append("+00'00'").toString();
    }

    private static void digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        text.append("0".repeat(width - digits.length())).append(digits);
    }

    /** Authors one a line (or already joined on one) as "A", "A and B", "A, B and C". */
    static String names(String authors) {
        List<String> names = new ArrayList<>();
        for (String line : authors.split("\n")) {
            String name = line.strip().replaceAll("^[,;\\s]+|[,;\\s]+$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\n\\s*", " ").strip();
    }
}
