package dev.slate.benchmarks;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paginator;
import dev.slate.pdf.PdfScreenplayRenderer;
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
import java.util.concurrent.TimeUnit;

/**
 * Renders big-fish.fountain (about 120 pages) to PDF: parse, paginate and write, warm. Targets: at most
 * 60 ms; a script ten times as long at most 11 times as long; all within a 128 MB heap, which the fork
 * is given so that a larger need fails the run.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PdfRenderBenchmark}; the corpus is found
 * through the system property {@code slate.shared} or at ../shared or ../../shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class PdfRenderBenchmark {

    private final FountainReader reader = FountainReader.create();
    private final PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().build();
    private final PdfScreenplayRenderer standardCourier = PdfScreenplayRenderer.builder().standardCourier().build();
    private final Paginator paginator = Paginator.builder().build();
    private String bigFish;
    private String tenTimes;
    private Screenplay parsed;
    private Screenplay parsedTenTimes;
    private Screenplay parsedTwentyTimes;

    @Setup
    public void read() {
        bigFish = Corpus.read("big-fish.fountain");
        // the script after its title page, nine more times
        String body = bigFish.substring(bigFish.indexOf("\n\n") + 2);
        tenTimes = bigFish + ("\n\n" + body).repeat(9);
        parsed = reader.read(bigFish).screenplay();
        parsedTenTimes = reader.read(tenTimes).screenplay();
        parsedTwentyTimes = reader.read(tenTimes + ("\n\n" + body).repeat(10)).screenplay();
    }

    /** Parse, paginate and write big-fish. */
    @Benchmark
    public void renderBigFish() {
        renderer.render(reader.read(bigFish).screenplay(), OutputStream.nullOutputStream());
    }

    /** The same with the standard Courier fonts, not embedded: what embedding Courier Prime costs. */
    @Benchmark
    public void renderBigFishStandardCourier() {
        standardCourier.render(reader.read(bigFish).screenplay(), OutputStream.nullOutputStream());
    }

    /** The same for a script ten times as long. */
    @Benchmark
    public void renderTenTimesBigFish() {
        renderer.render(reader.read(tenTimes).screenplay(), OutputStream.nullOutputStream());
    }

    /** Pagination and writing without parsing, for where the time goes. */
    @Benchmark
    public void renderParsedBigFish() {
        renderer.render(parsed, OutputStream.nullOutputStream());
    }

    /** Parsing alone, for where the time goes. */
    @Benchmark
    public Screenplay parseBigFish() {
        return reader.read(bigFish).screenplay();
    }

    /** Pagination alone, for where the time goes. */
    @Benchmark
    public int paginateBigFish() {
        return paginator.paginate(parsed).pageCount();
    }

    /**
     * Pagination of the ten- and twenty-times scripts: whether the cost per page stays flat once a
     * script no longer fits in the processor's caches (big-fish alone does).
     */
    @Benchmark
    public int paginateTenTimesBigFish() {
        return paginator.paginate(parsedTenTimes).pageCount();
    }

    @Benchmark
    public int paginateTwentyTimesBigFish() {
        return paginator.paginate(parsedTwentyTimes).pageCount();
    }
}
