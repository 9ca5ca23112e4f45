package dev.slate.benchmarks;

import dev.slate.core.Dialogue;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lined script of big-fish.fountain (about 120 pages) with a plan of 1,000 shots, against the
 * same script unlined: issue 14 asks for at most twice the unlined time. Both render the parsed
 * screenplay, so the difference is the coverage plan and the tramlines.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LinedRenderBenchmark -prof gc}; the corpus
 * is found through the system property {@code slate.shared} or at ../shared or ../../shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class LinedRenderBenchmark {

    static final int SHOTS = 1000;

    private final PdfScreenplayRenderer plain = PdfScreenplayRenderer.builder().build();
    private final PdfScreenplayRenderer lined = PdfScreenplayRenderer.builder().lined(true).build();
    private Screenplay planned;

    @Setup
    public void read() {
        planned = plan(FountainReader.create().read(Corpus.read("big-fish.fountain")).screenplay(), SHOTS);
    }

    /** The planned big-fish, unlined. */
    @Benchmark
    public void renderPlain() {
        plain.render(planned, OutputStream.nullOutputStream());
    }

    /** The planned big-fish, lined. */
    @Benchmark
    public void renderLined() {
        lined.render(planned, OutputStream.nullOutputStream());
    }

    /**
     * The screenplay with {@code count} shots spread over its scenes in turn, the same each run: each
     * covers a stretch of its scene, and every other one frames the first speaker of that stretch, so
     * that its line zig-zags over the others' dialogue.
     */
    static Screenplay plan(Screenplay play, int count) {
        List<Scene> scenes = play.scenes();
        List<List<Shot>> shots = new ArrayList<>();
        scenes.forEach(s -> shots.add(new ArrayList<>()));
        for (int k = 0; k < count; k++) {
            int s = k % scenes.size();
            List<Element> elements = scenes.get(s).elements();
            if (elements.isEmpty()) {
                continue;
            }
            int taken = shots.get(s).size();
            int first = taken == 0 ? 0 : (taken * 7) % elements.size();
            int last = taken == 0 ? elements.size() - 1 : Math.min(elements.size() - 1, first + taken % 6);
            Shot.Builder shot = Shot.builder((s + 1) + "-" + (taken + 1)).size(taken == 0 ? "WS" : "CU")
                    .coverage(new Coverage(first, last));
            if (taken % 2 == 1) {
                for (int e = first; e <= last; e++) {
                    if (elements.get(e) instanceof Dialogue d) {
                        shot.subjects(d.character());
                        break;
                    }
                }
            }
            shots.get(s).add(shot.build());
        }
        List<Scene> planned = new ArrayList<>();
        for (int s = 0; s < scenes.size(); s++) {
            planned.add(scenes.get(s).toBuilder().shots(shots.get(s)).build());
        }
        return play.toBuilder().scenes(planned).build();
    }
}
