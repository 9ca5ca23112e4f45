package dev.slate.benchmarks;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.Schedule;
import dev.slate.core.schedule.Scheduler;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Proposes a shooting schedule for a script of 200 scenes and 2,000 shots (ten a scene, in four
 * setups, with estimates) over 40 locations, day and night, with a cast of twelve. Target: at most
 * 1 s. The breakdown (pagination included) is made once; the benchmark is the proposal and its
 * reports. Run: {@code java -jar benchmarks/target/benchmarks.jar ScheduleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleBenchmark {

    private static final List<String> CAST = List.of("JIAYI", "LIN XIAO", "CHEN WEI", "MRS. SHEN", "DANA", "THIRD GIRL",
            "MR. WU", "GRANDMA", "THE DRIVER", "OFFICER LIU", "NURSE", "TEACHER");

    private Breakdown breakdown;
    private Scheduler scheduler;

    @Setup
    public void setUp() {
        Screenplay.Builder play = Screenplay.builder().title("Benchmark");
        for (int s = 1; s <= 200; s++) {
            int place = (s * 7) % 40;
            Scene.Builder scene = Scene.builder((s % 3 == 0 ? "EXT. " : "INT. ") + "PLACE " + place
                    + (s % 5 == 0 ? " - NIGHT" : " - DAY")).number(Integer.toString(s));
            for (int d = 0; d < 1 + s % 4; d++) {
                String who = CAST.get((s * 3 + d * 5) % CAST.size());
                scene.dialogue(who, "A line of scene " + s + ", said with care and at some length.");
                scene.action("Something happens here, described over a line or two of action.");
            }
            for (int n = 0; n < 10; n++) {
                int i = s * 10 + n;
                String number = s + Character.toString('A' + n);
                scene.shot(number, b -> b.size("MS").setup(Character.toString('A' + i % 4))
                        .setupMinutes(10 + i % 3 * 5).shootingMinutes(4 + i % 7)
                        .subjects(CAST.get(i % CAST.size())));
            }
            play.scene(scene.build());
        }
        breakdown = Breakdown.of(play.build());
        scheduler = Scheduler.builder().build();
    }

    @Benchmark
    public Scheduler.Proposal propose() {
        return scheduler.propose(breakdown, Schedule.EMPTY);
    }
}
