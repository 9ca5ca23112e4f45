package dev.slate.pdf.internal;

import dev.slate.core.TitlePage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.time.Instant;
import java.time.LocalDate;
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
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis((creationDate != null ? creationDate : FIXED_DATE).toEpochMilli());
        info.setCreationDate(date);
        info.setModificationDate(date);
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
