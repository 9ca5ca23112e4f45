package dev.slate.benchmarks;

import dev.slate.core.ReadResult;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.fdx.FdxReader;
import dev.slate.fdx.FdxWriter;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Final Draft reading and writing of big-fish.fountain converted to FDX (about 0.5 MB of XML).
 * Targets: read at least 20 MB/s (the FDX size divided by the time per read), write at most 20 ms
 * warm. Writing includes the pagination that gives each scene its length and page.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FdxBenchmark -wi 3 -i 5 -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FdxBenchmark {

    private final FdxReader reader = FdxReader.create();
    private final FdxWriter writer = FdxWriter.create();
    private Screenplay screenplay;
    private byte[] fdx;

    @Setup
    public void load() {
        screenplay = FountainReader.create().read(Corpus.read("big-fish.fountain")).screenplay();
        fdx = writer.write(screenplay);
        System.out.printf("%nbig-fish.fdx: %,d bytes%n", fdx.length);
    }

    @Benchmark
    public ReadResult read() throws IOException {
        return reader.read(new ByteArrayInputStream(fdx));
    }

    @Benchmark
    public byte[] write() {
        return writer.write(screenplay);
    }
}
