package dev.slate.core.revision;

import dev.slate.core.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A set of revised pages: its label (a colour's name or any other), its colour when the label names
 * one, and its date. Revised pages print {@link #header()} beside the page number.
 *
 * @param label what the revision is called, {@code "Blue"}
 * @param color the colour the label names, if it names one
 * @param date  the day the revision is issued
 *
 * @since 0.1.0
 */
public record Revision(String label, Optional<RevisionColor> color, LocalDate date) {

    /** Checks the fields. */
    public Revision {
        Checks.notBlank(label, "label");
        Checks.notNull(color, "color");
        Checks.notNull(date, "date");
    }

    /**
     * A revision named by a colour ({@code "blue"}, printed {@code "Blue"}) or by any other label,
     * printed as given.
     */
    public static Revision of(String nameOrLabel, LocalDate date) {
        Checks.notNull(nameOrLabel, "nameOrLabel");
        Optional<RevisionColor> color = RevisionColor.named(nameOrLabel);
        return new Revision(color.map(RevisionColor::title).orElse(nameOrLabel.strip()), color, date);
    }

    /** The revision's line in a page header: {@code "Blue Rev. 12/01/26"} (month, day, year). */
    public String header() {
        return String.format("%s Rev. %02d/%02d/%02d", label, date.getMonthValue(), date.getDayOfMonth(),
                date.getYear() % 100);
    }
}
