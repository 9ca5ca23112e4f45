package dev.slate.benchmarks;

import dev.slate.core.Dialogue;
import dev.slate.core.fountain.FountainReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A character cue of 10,000, 20,000 and 40,000 extension groups ({@code HAL (V.O.) (V.O.) ...}), read
 * by {@code Dialogue.builder} and by the Fountain reader, which share one rule. Linear when each
 * doubling costs at most 2.3 times as long and, with {@code -prof gc}, allocates at most 2.3 times as
 * much per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CueBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CueBenchmark {

    @Param({"10000", "20000", "40000"})
    public int groups;

    private final FountainReader reader = FountainReader.create();
    private String cue;
    private String script;

    @Setup
    public void make() {
        cue = "HAL" + " (V.O.)".repeat(groups);
        script = "INT. POD BAY - NIGHT\n\n" + cue + "\nOpen the doors.\n";
    }

    @Benchmark
    public Dialogue builder() {
        return Dialogue.builder(cue).speech("Open the doors.").build();
    }

    @Benchmark
    public Object reader() {
        return reader.read(script).screenplay();
    }
}
