package dev.slate.core.shot;

import dev.slate.core.Problem;
import dev.slate.core.ProblemCodes;
import dev.slate.core.ReadResult;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of a shot note reads as written or is a reported problem; lenses are written as they read. */
class ShotNoteTermsTest {

    private static final FountainReader READER = FountainReader.create();
    private static final FountainWriter WRITER = FountainWriter.create();

    private static ReadResult read(String note) {
        return READER.read("INT. ROOF - DAY\n\n[[" + note + "]]\n\nJO\nHi.\n");
    }

    private static Shot shot(ReadResult result) {
        return result.screenplay().scenes().get(0).shots().get(0);
    }

    private static List<String> codes(ReadResult result) {
        List<String> codes = new java.util.ArrayList<>(result.problems().stream().map(Problem::code).toList());
        result.screenplay().validate(result.sourceMap()).forEach(p -> codes.add(p.code()));
        return codes;
    }

    @Test
    void anUnknownFirstCameraTermDoesNotSwallowTheField() {
        ReadResult result = read("SHOT 1: zoomy, CU, dolly in, 50mm | JO | her face");

        Shot shot = shot(result);
        assertThat(shot.size()).contains(ShotSize.CU);
        assertThat(shot.lens()).contains(Lens.prime(50));
        assertThat(shot.moves()).hasSize(1);
        assertThat(shot.description()).isEqualTo("her face");
        assertThat(shot.notes()).containsExactly("zoomy");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-shot-term");
            assertThat(p.message()).startsWith("'zoomy' is no shot size");
        });
    }

    @Test
    void aDescriptionWithCommasIsStillADescription() {
        Shot shot = shot(read("SHOT 1: CU | JO | her face, then her hands, then the door"));

        assertThat(shot.description()).isEqualTo("her face, then her hands, then the door");
        assertThat(shot.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SHOT 1: CU | -5 min", "SHOT 1: CU | setup B, -5 min", "SHOT 1: CU | shoot: -5 min",
            "SHOT 1: CU | setup time: -5 min"})
    void negativeMinutesAreAnError(String note) {
        ReadResult result = read(note);

        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("malformed-shot");
            assertThat(p.isError()).isTrue();
        });
        assertThat(result.screenplay().scenes().get(0).shots()).allSatisfy(s -> {
            assertThat(s.shootingMinutes()).isEmpty();
            assertThat(s.notes()).noneMatch(n -> n.contains("-5"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.0E-4mm", "1e3mm", "-35mm", "5.mm"})
    void aLensThatIsNoFocalLengthIsReported(String lens) {
        ReadResult result = read("SHOT 1: " + lens + " | JO | her face");

        assertThat(codes(result)).contains("unknown-shot-term");
        assertThat(shot(result).description()).isEqualTo("her face");
        assertThat(shot(result).lens()).isEmpty();
    }

    @ParameterizedTest(name = "{0} mm")
    @ValueSource(doubles = {0.0001, 0.5, 2400, 1e38, 1e300})
    void lensesOutside1To2000mmAreAnError(double mm) {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOF - DAY", s -> s.action("Wind.").shot("1", shot -> shot.lens(mm).covers(0, 0)))
                .build();

        assertThat(play.validate()).anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCodes.LENS_OUT_OF_RANGE));
        assertThat(play.validate()).allSatisfy(p -> assertThat(p.message()).doesNotContain("E"));
    }

    @ParameterizedTest(name = "{0} mm")
    @ValueSource(doubles = {1, 1.5, 35, 2000, 0.0001, 12.345678, 1e38, 1e300})
    void lensesAreWrittenInPlainDecimalsThatReadBack(double mm) {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOF - DAY", s -> s.action("Wind.").shot("1", shot -> shot.lens(mm).covers(0, 0)))
                .build();

        String written = WRITER.write(play);
        Shot back = READER.read(written).screenplay().scenes().get(0).shots().get(0);

        assertThat(written).doesNotContainPattern("\\d[eE][-+]?\\d");
        assertThat(back.lens()).contains(Lens.prime(mm));
        assertThat(Lens.zoom(0.0001, 1e20).toString()).isEqualTo("0.0001-100000000000000000000mm");
    }
}
