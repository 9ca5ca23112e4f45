package dev.slate.benchmarks;

import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.SceneNumbering;
import dev.slate.core.Screenplay;
import dev.slate.core.ShotNumbering;
import dev.slate.core.cast.CastReport;
import dev.slate.core.report.LocationReport;
import dev.slate.core.report.SceneReport;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Validation, numbering and reports of a long screenplay: {@code scenes} scenes of 20 elements and
 * 8 shots each, two thirds of them with a locked number and the rest unnumbered. A feature film has 100-200
 * scenes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

    private static final String[] CAST = {"JIAYI", "LIN XIAO", "MRS. SHEN", "CHEN WEI", "THIRD GIRL"};

    @Param({"150", "1000"})
    public int scenes;

    private Screenplay play;

    @Setup
    public void setUp() {
        Screenplay.Builder b = Screenplay.builder().title("BENCHMARK");
        for (String name : CAST) {
            b.character(name);
        }
        for (int s = 0; s < scenes; s++) {
            Scene.Builder scene = Scene.builder((s % 2 == 0 ? "INT. " : "EXT. ") + "PLACE " + (s % 40) + " - DAY");
            if (s % 3 != 0) {
                scene.number(Integer.toString(s + 1)).locked(true);
            }
            for (int e = 0; e < 20; e++) {
                if (e % 2 == 0) {
                    scene.action("Maple leaves crunch under her heel as she turns toward the stairwell door.");
                } else {
                    scene.dialogue(CAST[(s + e) % CAST.length], "(quietly)", "We are not done yet. Stay.");
                }
            }
            for (int k = 0; k < 8; k++) {
                int first = k * 2;
                scene.shot(Integer.toString(k + 1), shot -> shot.size("MCU").lens(50).frameRate(24)
                        .subjects(CAST[first % CAST.length]).covers(first, first + 3).shootingMinutes(10));
            }
            b.scene(scene.build());
        }
        play = b.build();
    }

    @Benchmark
    public List<Problem> validate() {
        return play.validate();
    }

    @Benchmark
    public Screenplay numberScenesAndShots() {
        Screenplay numbered = SceneNumbering.builder().build().apply(play);
        return ShotNumbering.builder().build().apply(numbered);
    }

    @Benchmark
    public Object reports() {
        return List.of(SceneReport.of(play), CastReport.of(play), LocationReport.of(play));
    }
}
