package dev.slate.benchmarks;

import dev.slate.core.Dialogue;
import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.layout.Paginator;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Wrapping and pagination of pathological paragraphs at 1, 2 and 4 times 150,000 characters: time
 * must grow linearly (at most 2.3 times per doubling). The shapes:
 * <ul>
 * <li>{@code alternating}: one action paragraph of words in alternating emphasis (a span a word);</li>
 * <li>{@code nested}: spans whose styles nest and unnest (plain, italic, bold italic, bold...);</li>
 * <li>{@code oneWord}: one word with no space, cut at every line;</li>
 * <li>{@code hyphens}: one word made of hyphenated parts, broken after hyphens;</li>
 * <li>{@code speech}: one speech of short sentences running over hundreds of pages, split
 * (MORE)/(CONT'D) at sentence ends inside rows;</li>
 * <li>{@code shortLines}: a paragraph of short lines, each its own row.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar WrapScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WrapScalingBenchmark {

    private static final int BASE = 150_000;

    @Param({"alternating", "nested", "oneWord", "hyphens", "speech", "shortLines"})
    public String shape;

    @Param({"1", "2", "4"})
    public int times;

    private final Paginator paginator = Paginator.builder().build();
    private Screenplay play;

    @Setup
    public void build() {
        int chars = BASE * times;
        play = Screenplay.builder().scene("INT. ROOM - DAY", s -> {
            switch (shape) {
                case "alternating" -> s.action(alternating(chars));
                case "nested" -> s.action(nested(chars));
                case "oneWord" -> s.action("x".repeat(chars));
                case "hyphens" -> s.action("hyphen-".repeat(chars / 7));
                case "speech" -> s.element(Dialogue.builder("EDWARD")
                        .speech("It was so. Then it was not. ".repeat(chars / 28)).build());
                case "shortLines" -> s.action("ab\n".repeat(chars / 3));
                default -> throw new IllegalArgumentException("unknown shape " + shape);
            }
        }).build();
    }

    /** Words in plain and italic by turns: one span a word. */
    private static StyledText alternating(int chars) {
        List<StyledText.Span> spans = new ArrayList<>();
        for (int i = 0; i * 6 < chars; i++) {
            spans.add(new StyledText.Span("word ", i % 2 == 0 ? Set.of() : Set.of(Style.ITALIC)));
        }
        return new StyledText(spans);
    }

    /** Styles that open and close in a nested order: none, italic, bold italic, bold italic underlined, back. */
    private static StyledText nested(int chars) {
        List<Set<Style>> levels = List.of(Set.of(), EnumSet.of(Style.ITALIC), EnumSet.of(Style.ITALIC, Style.BOLD),
                EnumSet.of(Style.ITALIC, Style.BOLD, Style.UNDERLINE), EnumSet.of(Style.ITALIC, Style.BOLD),
                EnumSet.of(Style.ITALIC));
        List<StyledText.Span> spans = new ArrayList<>();
        for (int i = 0; i * 4 < chars; i++) {
            spans.add(new StyledText.Span(i % 3 == 0 ? "ab " : "cd", levels.get(i % levels.size())));
        }
        return new StyledText(spans);
    }

    @Benchmark
    public int paginate() {
        return paginator.paginate(play).pageCount();
    }
}
