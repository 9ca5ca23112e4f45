package dev.slate.core.report;

import dev.slate.core.cast.CastNumbers;
import dev.slate.core.cast.CastReport;
import dev.slate.core.CastMember;
import dev.slate.core.ProblemCodes;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.core.ReadResult;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CastNumbersTest {

    /** DANA is in three scenes, LIN XIAO and MOM in two (LIN XIAO first), JIAYI in one. */
    private static Screenplay.Builder play() {
        return Screenplay.builder()
                .character("JIAYI")
                .castMember(new CastMember("MRS. SHEN", Optional.empty(), List.of("MOM")))
                .scene("INT. A - DAY", s -> s.dialogue("LIN XIAO", "One.").dialogue("JIAYI", "Two."))
                .scene("INT. B - DAY", s -> s.dialogue("DANA", "Three.").dialogue("MOM", "Four."))
                .scene("INT. C - DAY", s -> s.dialogue("DANA", "Five.").dialogue("LIN XIAO", "Six."))
                .scene("INT. D - DAY", s -> s.dialogue("DANA", "Seven.").dialogue("MRS. SHEN", "Eight."));
    }

    @Test
    void mostScenesFirstThenFirstAppearance() {
        CastNumbers numbers = CastNumbers.of(play().build());
        assertThat(numbers.entries()).extracting(CastNumbers.Entry::character)
                .containsExactly("DANA", "LIN XIAO", "MRS. SHEN", "JIAYI");
        assertThat(numbers.entries()).extracting(CastNumbers.Entry::number).containsExactly(1, 2, 3, 4);
        assertThat(numbers.entries()).extracting(CastNumbers.Entry::scenes).containsExactly(3, 2, 2, 1);
    }

    @Test
    void aGivenNumberIsKeptAndTheOthersFillTheGaps() {
        CastNumbers numbers = CastNumbers.of(Screenplay.builder()
                .castMember(CastMember.of("JIAYI").withNumber(2))
                .castMember(new CastMember("MRS. SHEN", Optional.empty(), List.of("MOM")))
                .scene("INT. A - DAY", s -> s.dialogue("LIN XIAO", "One.").dialogue("JIAYI", "Two."))
                .scene("INT. B - DAY", s -> s.dialogue("DANA", "Three.").dialogue("MOM", "Four."))
                .scene("INT. C - DAY", s -> s.dialogue("DANA", "Five.").dialogue("LIN XIAO", "Six."))
                .build());
        assertThat(numbers.entry("JIAYI")).map(CastNumbers.Entry::number).contains(2);
        // LIN XIAO and DANA both have two scenes; LIN XIAO is seen first.
        assertThat(numbers.entry("LIN XIAO")).map(CastNumbers.Entry::number).contains(1);
        assertThat(numbers.entry("dana")).map(CastNumbers.Entry::number).contains(3);
        assertThat(numbers.entry("MRS. SHEN")).map(CastNumbers.Entry::number).contains(4);
    }

    @Test
    void anAliasFindsTheNumber() {
        Screenplay play = play().build();
        assertThat(CastNumbers.of(play).number(play, "Mom")).isEqualTo(OptionalInt.of(3));
        assertThat(CastNumbers.of(play).number(play, "NOBODY")).isEmpty();
    }

    @Test
    void aNumberGivenTwiceIsKeptByTheFirstAndWarned() {
        Screenplay play = Screenplay.builder()
                .castMember(CastMember.of("A").withNumber(1))
                .castMember(CastMember.of("B").withNumber(1))
                .scene("INT. A - DAY", s -> s.dialogue("B", "One.").dialogue("A", "Two."))
                .build();
        CastNumbers numbers = CastNumbers.of(play);
        assertThat(numbers.entry("A")).map(CastNumbers.Entry::number).contains(1);
        assertThat(numbers.entry("B")).map(CastNumbers.Entry::number).contains(2);
        assertThat(play.validate()).extracting(p -> p.code()).contains(ProblemCodes.DUPLICATE_CAST_NUMBER);
    }

    @Test
    void theCastNoteCarriesTheNumber() {
        ReadResult read = FountainReader.create().read(
                "[[CAST: JIAYI | 17, navy blazer | #2]]\n[[CAST: DANA | no. 5]]\n[[CAST: MOM | Number: 7 | aka MA]]\n"
                        + "[[CAST: LI | description: #4]]\n\nINT. A - DAY\n\nJIAYI\nHi.\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.screenplay().cast()).extracting(CastMember::number)
                .containsExactly(OptionalInt.of(2), OptionalInt.of(5), OptionalInt.of(7), OptionalInt.empty());
        assertThat(read.screenplay().cast().get(3).description()).contains("#4");
        String written = FountainWriter.create().write(read.screenplay());
        assertThat(written).contains("[[CAST: JIAYI | 17, navy blazer | #2]]", "[[CAST: DANA | #5]]",
                "[[CAST: MOM | aka MA | #7]]", "[[CAST: LI | description: #4]]");
        assertThat(FountainReader.create().read(written).screenplay()).isEqualTo(read.screenplay());
    }

    @Test
    void aNumberBelowOneIsReported() {
        ReadResult read = FountainReader.create().read("[[CAST: JIAYI | #0]]\n\nINT. A - DAY\n");
        assertThat(read.problems()).extracting(p -> p.code()).contains("malformed-shot");
        assertThat(read.screenplay().cast().get(0).number()).isEmpty();
    }

    @Test
    void everyCharacterGetsOneDistinctNumberAndGivenNumbersAreKept() {
        qt().withExamples(200).forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            CastNumbers numbers = CastNumbers.of(play);
            CastReport report = CastReport.of(play);
            assertThat(numbers.entries()).hasSize(report.rows().size());
            Set<Integer> seen = new HashSet<>();
            numbers.entries().forEach(e -> assertThat(seen.add(e.number())).isTrue());
            for (CastMember member : play.cast()) {
                member.number().ifPresent(n -> assertThat(numbers.entry(member.name()))
                        .map(CastNumbers.Entry::number).contains(n));
            }
            assertThat(CastNumbers.of(play)).isEqualTo(numbers);
        });
    }
}
