package dev.slate.benchmarks;

import dev.slate.core.fountain.FountainReader;
import dev.slate.core.ReadResult;
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
 * Fountain parse throughput: big-fish.fountain (about 200 KB) and a 10 MB script made by repeating
 * it; and notes left open ({@code [[} with no {@code ]]} before the blank line), 600 KB and ten
 * times that, to show that time grows linearly with them. Throughput in MB/s is the input size divided by the time per operation. The corpus is found
 * through the system property {@code slate.shared} or at ../shared or ../../shared.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ParseBenchmark -wi 3 -i 5 -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    /**
     * {@code big-fish}, {@code big-fish-10MB} for the script repeated up to 10 MB, or
     * {@code unclosed-notes-600KB} and {@code unclosed-notes-6MB}: paragraphs of lines with a note
     * left open.
     */
    @Param({"big-fish", "big-fish-10MB", "unclosed-notes-600KB", "unclosed-notes-6MB"})
    public String input;

    private final FountainReader reader = FountainReader.create();
    private String text;

    @Setup
    public void load() {
        if (input.startsWith("unclosed-notes")) {
            text = unclosedNotes(input.endsWith("-6MB") ? 6_000_000 : 600_000);
            System.out.printf("%n%s: %,d characters%n", input, text.length());
            return;
        }
        String script = Corpus.read("big-fish.fountain");
        if (input.endsWith("-10MB")) {
            StringBuilder big = new StringBuilder(10 * 1024 * 1024 + script.length());
            while (big.length() < 10 * 1024 * 1024) {
                big.append(script).append("\n\n");
            }
            script = big.toString();
        }
        text = script;
        System.out.printf("%n%s: %,d characters%n", input, text.length());
    }

    /** Paragraphs of three lines, each holding a note that is never closed. */
    static String unclosedNotes(int size) {
        StringBuilder text = new StringBuilder(size + 100);
        while (text.length() < size) {
            text.append("She waits [[left open\n[[and again\nby the door [[once more\n\n");
        }
        return text.toString();
    }

    @Benchmark
    public ReadResult parse() {
        return reader.read(text);
    }
}
