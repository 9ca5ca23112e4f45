package dev.slate.benchmarks;

import dev.slate.core.fountain.FountainReader;
import dev.slate.pdf.PdfScreenplayRenderer;
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

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The input shapes that once took quadratic time or gigabytes, read and rendered to PDF at 1, 2 and 4
 * times a base size of about 37,500 characters. Reading and rendering are linear when each doubling
 * costs at most 2.3 times as long (and, with {@code -prof gc}, allocates at most 2.3 times as much).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -prof gc}; one shape:
 * {@code -p shape=SHORT_LINES}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class ScalingBenchmark {

    /** A pathological input: a unit of text repeated, after a scene heading. */
    public enum Shape {
        /** One action paragraph of alternating italics and underline. */
        ALTERNATING_EMPHASIS("*a* _b_ "),
        /** One action paragraph of nested bold, underline and italics. */
        NESTED_EMPHASIS("**_*a*_** "),
        /** Notes opened on every line and never closed. */
        UNCLOSED_NOTES("[[ a note\n"),
        /** One action paragraph of very short lines. */
        SHORT_LINES("ab\n"),
        /** A scene of one line, over and over (the PDF outline has one entry each). */
        MANY_SCENES("\nINT. ROOM - DAY\n\nHe waits.\n"),
        /** A shot note and a line of dialogue, over and over. */
        SHOT_NOTES("\n[[SHOT 1: CU, 50mm | JO | a face | 2 min]]\n\nJO\nHi.\n");

        private final String unit;

        Shape(String unit) {
            this.unit = unit;
        }

        /** The shape at about {@code chars} characters. */
        public String text(int chars) {
            return "INT. ROOM - DAY\n\n" + unit.repeat(Math.max(1, chars / unit.length())) + "\n";
        }
    }

    private static final int BASE_CHARS = 37_500;

    @Param
    public Shape shape;

    @Param({"1", "2", "4"})
    public int scale;

    private final FountainReader reader = FountainReader.create();
    private final PdfScreenplayRenderer renderer = PdfScreenplayRenderer.builder().build();
    private String text;

    @Setup
    public void make() {
        text = shape.text(BASE_CHARS * scale);
    }

    /** Read the text and write its PDF. */
    @Benchmark
    public void readAndRender() {
        renderer.render(reader.read(text).screenplay(), OutputStream.nullOutputStream());
    }
}
