package dev.slate.cli;

import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.Revision;
import dev.slate.pdf.RevisionOptions;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code render}'s options for production revisions: the previous draft to compare with, what is
 * locked from it, and how the revised pages are printed.
 */
final class RevisionPrintOptions {

    /** The revision when {@code --revised-from} is given without {@code --revision}: the first after white. */
    static final String DEFAULT_REVISION = "blue";

    @Option(names = "--revised-from", paramLabel = "OLD",
            description = "Print the script as a revision of the previous draft OLD (.fountain or .fdx): an asterisk "
                    + "beside every changed line and the revision (--revision, default Blue) and its date in the "
                    + "header of every revised page.")
    Path previous;

    @Option(names = "--revision-date", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
            description = "The date in the revision header (default: today).")
    LocalDate revisionDate;

    @Option(names = "--lock-scenes", description = "With --revised-from: keep OLD's scene numbers (a new scene "
            + "between 12 and 13 is 12A) and print a deleted scene as '12  OMITTED  12'.")
    boolean lockScenes;

    @Option(names = "--lock-pages", description = "With --revised-from: keep OLD's page breaks and numbers (implies "
            + "--lock-scenes); text that no longer fits goes on A-pages (23A.), a page whose text went is "
            + "numbered with the page before it (24-25.).")
    boolean lockPages;

    @Option(names = "--changed-pages-only", description = "With --revised-from: write only the revised pages.")
    boolean changedPagesOnly;

    @Option(names = "--color-marks", description = "With --revised-from: print the asterisks in the revision's colour.")
    boolean colorMarks;

    @Option(names = "--mark-column", paramLabel = "INCHES", description = "With --revised-from: where the "
            + "asterisks go, in inches from the left edge, 7.0 to 8.0 (default: 7.75).")
    Double markColumn;

    /** Whether this run prints a revision. */
    boolean active() {
        return previous != null;
    }

    /** Refuses revision options without a previous draft, several scripts, or an output that is the previous draft. */
    void check(List<Path> scripts, List<OutputPlan.Job> jobs) {
        if (!active()) {
            String given = lockScenes ? "--lock-scenes" : lockPages ? "--lock-pages"
                    : changedPagesOnly ? "--changed-pages-only" : colorMarks ? "--color-marks"
                    : markColumn != null ? "--mark-column" : revisionDate != null ? "--revision-date" : null;
            if (given != null) {
                throw UserError.usage(given + " needs --revised-from OLD, the previous draft to compare with");
            }
            return;
        }
        if (scripts.size() != 1) {
            throw UserError.usage("--revised-from compares one script with its previous draft; give a single SCRIPT");
        }
        if (!Files.isRegularFile(previous)) {
            throw UserError.io(previous + ": the previous draft (--revised-from) cannot be read: no such file; "
                    + "give the path of the earlier .fountain or .fdx");
        }
        for (OutputPlan.Job job : jobs) {
            for (OutputTarget target : new OutputTarget[] {job.pdf(), job.docx(), job.csv(), job.xlsx(), job.sheet()}) {
                if (target != null && OutputPlan.sameFile(target.shown(), previous)) {
                    throw UserError.usage(target.shown() + ": is the previous draft (--revised-from); choose another "
                            + "output file");
                }
            }
        }
    }

    /** How the revision is printed; {@code label} is {@code --revision}'s value, null when not given. */
    RevisionOptions options(String label, LocalDate today) {
        Revision revision = Revision.of(label == null || label.isBlank() ? DEFAULT_REVISION : label,
                revisionDate != null ? revisionDate : today);
        RevisedLayout.Locking locking = lockPages ? RevisedLayout.Locking.PAGES
                : lockScenes ? RevisedLayout.Locking.SCENE_NUMBERS : RevisedLayout.Locking.NONE;
        RevisionOptions.Builder options = RevisionOptions.builder(revision).locking(locking)
                .changedPagesOnly(changedPagesOnly).coloredMarks(colorMarks);
        if (markColumn != null) {
            try {
                options.markColumn(markColumn);
            } catch (IllegalArgumentException e) {
                throw UserError.usage("--mark-column " + markColumn + ": give a place between 7.0 and 8.0 inches "
                        + "from the left edge (Final Draft's is 7.75)");
            }
        }
        return options.build();
    }
}
