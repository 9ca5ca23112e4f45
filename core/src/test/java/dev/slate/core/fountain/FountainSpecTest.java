package dev.slate.core.fountain;

import dev.slate.core.testing.Example;
import dev.slate.core.testing.ExampleReader;
import dev.slate.core.testing.Listing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec examples: spec/fountain-reading.txt lists what the reader makes of each input,
 * spec/fountain-writing.txt what the writer makes of what the reader read.
 */
class FountainSpecTest {

    private static final FountainReader READER = FountainReader.create();
    private static final FountainWriter WRITER = FountainWriter.create();

    static List<Example> reading() {
        return ExampleReader.read("/spec/fountain-reading.txt");
    }

    static List<Example> writing() {
        return ExampleReader.read("/spec/fountain-writing.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reading")
    void reads(Example example) {
        assertThat(Listing.of(READER.read(example.input())))
                .as("%s (line %d)", example, example.line())
                .isEqualTo(example.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writing")
    void writes(Example example) {
        String written = WRITER.write(READER.read(example.input()).screenplay());
        assertThat(written).as("%s (line %d)", example, example.line()).isEqualTo(example.expected());
    }

    /** Every reading example also survives writing: the text written reads back to the same screenplay. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reading")
    void readingExamplesRoundTrip(Example example) {
        var first = READER.read(example.input()).screenplay();
        String written = WRITER.write(first);
        var second = READER.read(written).screenplay();
        assertThat(second).as("%s read back", example).isEqualTo(first);
        assertThat(WRITER.write(second)).as("%s written twice", example).isEqualTo(written);
    }
}
