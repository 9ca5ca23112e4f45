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

    @Setup
    public void read() {
        bigFish = Corpus.read("big-fish.fountain");
        tenTimes = times(bigFish, 10);
    }

    /** Big-fish, then the script after its title page {@code times - 1} more times. */
    static String times(String bigFish, int times) {
        String body = bigFish.substring(bigFish.indexOf("\n\n") + 2);
        return bigFish + ("\n\n" + body).repeat(times - 1);
    }

    /** Big-fish {@code times} over, parsed. */
    static Screenplay parsed(int times) {
        return FountainReader.create().read(times(Corpus.read("big-fish.fountain"), times)).screenplay();
    }

    /**
     * A script parsed before the benchmark, one state each: a fork holds only what its benchmark reads,
     * so that the 128 MB heap is the render's, not taken by the models of other benchmarks.
     */
    @State(Scope.Benchmark)
    public static class Parsed {
        Screenplay bigFish;

        @Setup
        public void parse() {
            bigFish = parsed(1);
        }
    }

    @State(Scope.Benchmark)
    public static class ParsedTenTimes {
        Screenplay tenTimes;

        @Setup
        public void parse() {
            tenTimes = parsed(10);
        }
    }

    @State(Scope.Benchmark)
    public static class ParsedTwentyTimes {
        Screenplay twentyTimes;

        @Setup
        public void parse() {
            twentyTimes = parsed(20);
        }
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
    public void renderParsedBigFish(Parsed parsed) {
        renderer.render(parsed.bigFish, OutputStream.nullOutputStream());
    }

    /** Parsing alone, for where the time goes. */
    @Benchmark
    public Screenplay parseBigFish() {
        return reader.read(bigFish).screenplay();
    }

    /** Pagination alone, for where the time goes. */
    @Benchmark
    public int paginateBigFish(Parsed parsed) {
        return paginator.paginate(parsed.bigFish).pageCount();
    }

    /**
     * Pagination of the ten- and twenty-times scripts: whether the cost per page stays flat once a
     * script no longer fits in the processor's caches (big-fish alone does).
     */
    @Benchmark
    public int paginateTenTimesBigFish(ParsedTenTimes parsed) {
        return paginator.paginate(parsed.tenTimes).pageCount();
    }

    @Benchmark
    public int paginateTwentyTimesBigFish(ParsedTwentyTimes parsed) {
        return paginator.paginate(parsed.twentyTimes).pageCount();
    }
}
