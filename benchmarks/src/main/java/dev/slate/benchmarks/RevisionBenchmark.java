package dev.slate.benchmarks;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paginator;
import dev.slate.core.revision.Comparison;
import dev.slate.core.revision.RevisedLayout;
import dev.slate.core.revision.Revision;
import dev.slate.core.revision.ScriptComparison;
import dev.slate.pdf.PdfScreenplayRenderer;
import dev.slate.pdf.RevisionOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Revised prints of big-fish.fountain with a handful of real edits (a word changed, a scene inserted,
 * a scene deleted, a speech lengthened): compare and render, against the plain render of the new
 * draft. Target: the revised print (marks only, or with locked pages) at most twice the plain render.
 * Both drafts are parsed in the setup, so that the benchmarks time what a revision adds.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RevisionBenchmark} (add {@code -prof gc}
 * for allocation); the corpus is found as {@link Corpus} says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class RevisionBenchmark {

    private final PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().build();
    private final Paginator paginator = Paginator.builder().build();
    private final Revision blue = Revision.of("blue", LocalDate.of(2026, 12, 1));
    private final RevisionOptions marks = RevisionOptions.builder(blue).build();
    private final RevisionOptions locked = RevisionOptions.builder(blue).locking(RevisedLayout.Locking.PAGES).build();
    private Screenplay previous;
    private Screenplay revised;

    @Setup
    public void read() {
        String old = Corpus.read("big-fish.fountain");
        String text = old.replace("the infant is slippery like a fish", "the infant is slippery like an eel");
        String hallway = "INT.  HOSPITAL HALLWAY - DAY  \n\nBursting through the doors";
        text = text.replace(hallway, "INT.  NURSERY - DAY\n\nRows of empty cribs. One of them rocks on its own.\n\n"
                + hallway);
        int porch = text.indexOf("EXT.  FRONT PORCH OF HOUSE - DAY");
        text = text.substring(0, porch) + text.substring(text.indexOf("EXT.  AT THE GATE - NIGHT", porch));
        text = text.replace("the endings were always the most surprising of all.", "the endings were always the "
                + "most surprising of all. He would tell it at every wedding and every funeral, and each time the "
                + "baby flew a little farther.");
        if (text.equals(old)) {
            throw new IllegalStateException("big-fish no longer has the text the edits change");
        }
        FountainReader reader = FountainReader.create();
        previous = reader.read(old).screenplay();
        revised = reader.read(text).screenplay();
    }

    /** The new draft printed plain: the baseline. */
    @Benchmark
    public void renderPlain() {
        renderer.render(revised, OutputStream.nullOutputStream());
    }

    /** Compare and render with asterisks and revision headers. */
    @Benchmark
    public void renderRevised() {
        renderer.renderRevision(previous, revised, marks, OutputStream.nullOutputStream());
    }

    /** Compare and render on the previous draft's locked pages (A-pages, OMITTED). */
    @Benchmark
    public void renderRevisedLockedPages() {
        renderer.renderRevision(previous, revised, locked, OutputStream.nullOutputStream());
    }

    /** The comparison alone, for where the time goes. */
    @Benchmark
    public Comparison compare() {
        return ScriptComparison.compare(previous, revised);
    }

    /** Comparison, locked pagination and marks without the PDF, for where the time goes. */
    @Benchmark
    public int layOutLockedPages() {
        return RevisedLayout.of(paginator, previous, revised, RevisedLayout.Locking.PAGES).layout().pageCount();
    }
}
