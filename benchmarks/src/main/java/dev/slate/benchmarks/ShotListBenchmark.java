package dev.slate.benchmarks;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.docx.DocxShotListRenderer;
import dev.slate.docx.XlsxShotListRenderer;
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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes shot lists of 1,000 shots over 100 scenes up to 10,000 shots over 1,000 scenes, with all
 * default columns, as DOCX, XLSX and CSV. Targets: 1,000 shots in at most 1 s warm, 10,000 to DOCX and
 * to XLSX in at most 2 s each with a 512 MB heap, time linear in the number of shots.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ShotListBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class ShotListBenchmark {

    private static final List<String> SIZES = List.of("WS", "MS", "MCU", "CU", "ECU", "insert");
    private static final List<String> MOVES = List.of("static", "pan left", "dolly in slow", "tilt up", "handheld");
    private static final List<String> NAMES = List.of("JIAYI", "LIN XIAO", "CHEN WEI", "MRS. SHEN");

    /** Shots in the list, ten per scene. */
    @Param({"1000", "5000", "10000"})
    public int shots;

    private Screenplay screenplay;
    private DocxShotListRenderer docx;
    private CsvShotListWriter csv;
    private XlsxShotListRenderer xlsx;

    @Setup
    public void setUp() {
        Screenplay.Builder play = Screenplay.builder().title("Benchmark");
        for (int s = 1; s <= shots / 10; s++) {
            Scene.Builder scene = Scene.builder("EXT. ALLEY BEHIND THE SCHOOL " + s + " - AFTERNOON")
                    .number(Integer.toString(s));
            for (int n = 0; n < 10; n++) {
                int i = s * 10 + n;
                scene.shot(s + Character.toString('A' + n), b -> b.size(SIZES.get(i % SIZES.size()))
                        .framing(i % 3 == 0 ? "OTS" : "single").angle(i % 2 == 0 ? "eye level" : "low")
                        .move(MOVES.get(i % MOVES.size())).lens(24 + i % 4 * 26)
                        .subjects(NAMES.get(i % NAMES.size()), NAMES.get((i + 1) % NAMES.size()))
                        .description("Mrs. Shen's heel catches on a crack; she pitches forward and her foot slides free of the shoe, shot " + i + ".")
                        .setup(Character.toString('A' + i % 3)).shootingMinutes(5 + i % 20).setupMinutes(15).audio(i % 4 == 0 ? "MOS" : "sync")
                        .note(i % 5 == 0 ? "match the eyeline of the previous setup" : "check continuity"));
            }
            play.scene(scene.build());
        }
        screenplay = play.build();
        docx = DocxShotListRenderer.builder().date(LocalDate.of(2026, 11, 26)).director("Mei Tan").build();
        csv = CsvShotListWriter.builder().build();
        xlsx = XlsxShotListRenderer.builder().build();
    }

    @Benchmark
    public byte[] docx() {
        return docx.render(screenplay);
    }

    @Benchmark
    public byte[] xlsx() {
        return xlsx.render(screenplay);
    }

    @Benchmark
    public byte[] csv() {
        return csv.write(screenplay);
    }
}
