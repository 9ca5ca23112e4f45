package dev.slate.core;

import dev.slate.core.shot.Lens;
import dev.slate.core.shot.Shot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTest {

    private static final String ROOF = "EXT. SCHOOL ROOFTOP - LATE AFTERNOON";

    /** One numbered scene with a line from JIAYI, built further by {@code scene}. */
    private static Screenplay play(Consumer<Scene.Builder> scene) {
        return Screenplay.builder()
                .character("JIAYI")
                .scene(ROOF, s -> {
                    s.number("1").action("Wind on the roof.").dialogue("JIAYI", "We are not done.");
                    scene.accept(s);
                })
                .build();
    }

    private static Screenplay withShot(Consumer<Shot.Builder> shot) {
        return play(s -> s.shot("1", b -> {
            b.shootingMinutes(5);
            shot.accept(b);
        }));
    }

    private static Problem only(Screenplay play) {
        List<Problem> problems = play.validate();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aCleanScreenplayHasNoProblems() {
        assertThat(withShot(s -> s.subjects("JIAYI").lens(50).frameRate(24).covers(0, 1)).validate()).isEmpty();
    }

    @Test
    void thePackageExampleIsValidAndSlated() {
        Screenplay play = Screenplay.builder()
                .title("Love Lights My Way Back Home")
                .character("JIAYI")
                .character("LIN XIAO")
                .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", scene -> scene
                        .number("12")
                        .action("Wind tugs at the laundry lines. JIAYI stands at the rail.")
                        .dialogue("LIN XIAO (O.S.)", "(breathless)", "You came.")
                        .dialogue("JIAYI", "We are not done yet.")
                        .shot("12", shot -> shot.size("WS").framing("master").lens(24).covers(0, 2).shootingMinutes(30))
                        .shot("12A", shot -> shot.size("CU").move("push-in slow").lens("85mm")
                                .subjects("JIAYI").covers(2, 2).shootingMinutes(15)))
                .build();
        assertThat(play.validate()).isEmpty();
        assertThat(ShotNumbering.builder().build().apply(play)).isEqualTo(play);
        assertThat(SceneNumbering.builder().keepNumbers(true).build().apply(play)).isEqualTo(play);
    }

    @Test
    void duplicateSceneNumbers() {
        Screenplay play = Screenplay.builder()
                .scene(ROOF, s -> s.number("12").action("Wind."))
                .scene("INT. KITCHEN - NIGHT", s -> s.number("12").action("Steam."))
                .build();
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.DUPLICATE_SCENE_NUMBER);
        assertThat(problem.isError()).isTrue();
        assertThat(problem.location().scene()).contains(1);
        assertThat(problem.message()).isEqualTo("the scene at position 2 (INT. KITCHEN - NIGHT) has number 12, "
                + "like the scene at position 1 (" + ROOF + "); give each scene its own number "
                + "(SceneNumbering renumbers them)");
    }

    @Test
    void duplicateShotNumbersIgnoringCase() {
        Problem problem = only(play(s -> s.shot("1A", b -> b.size("WS")).shot("1a", b -> b.size("CU"))));
        assertThat(problem.code()).isEqualTo(ProblemCodes.DUPLICATE_SHOT_NUMBER);
        assertThat(problem.location().shot()).contains("1a");
        assertThat(problem.location().scene()).contains(0);
        assertThat(play(s -> s.shot("1A", b -> { }).shot("1B", b -> { })).validate()).isEmpty();
    }

    @Test
    void aSubjectMustBeInTheCastOrSpeakInTheScene() {
        Problem problem = only(withShot(s -> s.subjects("LIN XIAO")));
        assertThat(problem.code()).isEqualTo(ProblemCodes.UNKNOWN_SUBJECT);
        assertThat(problem.message()).contains("LIN XIAO").contains("add LIN XIAO to the cast");

        Screenplay speaker = Screenplay.builder()
                .scene(ROOF, s -> s.dialogue("LIN XIAO (O.S.)", "Mom.").shot("1", b -> b.subjects("Lin Xiao")))
                .build();
        assertThat(speaker.validate()).extracting(Problem::code).doesNotContain(ProblemCodes.UNKNOWN_SUBJECT);
    }

    @Test
    void aSubjectMayBeCalledByAnAlias() {
        Screenplay play = Screenplay.builder()
                .castMember(new CastMember("MRS. SHEN", Optional.empty(), List.of("MOM")))
                .scene(ROOF, s -> s.action("She waits.").shot("1", b -> b.subjects("mom")))
                .build();
        assertThat(play.validate()).extracting(Problem::code).doesNotContain(ProblemCodes.UNKNOWN_SUBJECT);
    }

    @Test
    void coverageMustStayInsideTheScene() {
        Problem problem = only(withShot(s -> s.covers(1, 2)));
        assertThat(problem.code()).isEqualTo(ProblemCodes.COVERAGE_OUTSIDE_SCENE);
        assertThat(problem.message()).contains("covers elements 1 to 2").contains("elements 0 to 1");
        assertThat(withShot(s -> s.covers(1, 1)).validate()).isEmpty();
    }

    @Test
    void emptyDialogueIsAnError() {
        Screenplay noSpeech = play(s -> s.dialogue("JIAYI", "(sighs)"));
        assertThat(only(noSpeech).code()).isEqualTo(ProblemCodes.EMPTY_DIALOGUE);
        assertThat(only(noSpeech).location().element()).contains(2);

        Screenplay blank = play(s -> s.dialogue("JIAYI", d -> d.speech("  \n ")));
        assertThat(only(blank).code()).isEqualTo(ProblemCodes.EMPTY_DIALOGUE);

        Screenplay dual = play(s -> s.dualDialogue(Dialogue.of("JIAYI", "Go."), Dialogue.of("JIAYI")));
        assertThat(only(dual).message()).startsWith("the right side of a dual dialogue");

        Screenplay preamble = Screenplay.builder().character("JIAYI").dialogue("JIAYI").build();
        assertThat(only(preamble).location()).isEqualTo(Location.preamble(0));
    }

    @Test
    void lensesRunFrom1To2000mm() {
        assertThat(only(withShot(s -> s.lens(0))).code()).isEqualTo(ProblemCodes.LENS_OUT_OF_RANGE);
        assertThat(only(withShot(s -> s.lens(-35))).code()).isEqualTo(ProblemCodes.LENS_OUT_OF_RANGE);
        assertThat(only(withShot(s -> s.lens(Lens.zoom(100, 2400)))).message()).contains("100-2400mm");
        assertThat(only(withShot(s -> s.lens(1e20))).message()).contains("a 100000000000000000000mm lens");
        assertThat(only(withShot(s -> s.lens(0.5))).code()).isEqualTo(ProblemCodes.LENS_OUT_OF_RANGE);
        assertThat(withShot(s -> s.lens(2000)).validate()).isEmpty();
        assertThat(withShot(s -> s.lens(1)).validate()).isEmpty();
    }

    @Test
    void frameRatesRunFrom1To1000() {
        assertThat(only(withShot(s -> s.frameRate(0.5))).code()).isEqualTo(ProblemCodes.FRAME_RATE_OUT_OF_RANGE);
        assertThat(only(withShot(s -> s.frameRate(1000.5))).message()).contains("1000.5 fps");
        assertThat(withShot(s -> s.frameRate(1)).validate()).isEmpty();
        assertThat(withShot(s -> s.frameRate(1000)).validate()).isEmpty();
    }

    @Test
    void aHeadingWithAPrefixNeedsALocation() {
        Screenplay play = Screenplay.builder().scene("INT. - DAY", s -> s.action("Dark.")).build();
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.EMPTY_LOCATION);
        assertThat(problem.message()).contains("INT. KITCHEN - DAY");
        Screenplay freeForm = Screenplay.builder().scene("MONTAGE", s -> s.action("Days pass.")).build();
        assertThat(freeForm.validate()).isEmpty();
    }

    @Test
    void warnsOfAHeadingWithoutTimeOfDay() {
        Screenplay play = Screenplay.builder().scene("INT. KITCHEN", s -> s.action("Steam.")).build();
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.MISSING_TIME_OF_DAY);
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void warnsOfAnEmptySceneUnlessOmitted() {
        Screenplay play = Screenplay.builder().scene(ROOF, s -> { }).scene("OMITTED", s -> { }).build();
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.EMPTY_SCENE);
        assertThat(problem.location().scene()).contains(0);
    }

    @Test
    void warnsOfScenesOutOfOrderAndUnnumbered() {
        Screenplay play = Screenplay.builder()
                .scene(ROOF, s -> s.number("12A").action("Wind."))
                .scene(ROOF, s -> s.number("12").action("Wind."))
                .scene(ROOF, s -> s.action("Wind."))
                .build();
        assertThat(play.validate()).extracting(Problem::code, p -> p.location().scene().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.SCENE_NUMBER_ORDER, 1),
                        org.assertj.core.groups.Tuple.tuple(ProblemCodes.UNNUMBERED_SCENE, 2));
    }

    @Test
    void warnsOfALockWithoutANumber() {
        Problem problem = only(Screenplay.builder().scene(ROOF, s -> s.locked(true).action("Wind.")).build());
        assertThat(problem.code()).isEqualTo(ProblemCodes.LOCKED_WITHOUT_NUMBER);
    }

    @Test
    void warnsOfSpeakersMissingFromTheCastOnce() {
        Screenplay play = play(s -> s.dialogue("DANA", "Hi.").dialogue("dana", "Again."));
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.UNCAST_CHARACTER);
        assertThat(problem.location().element()).contains(2);
        Screenplay preamble = Screenplay.builder().character("JIAYI").dialogue("DANA (V.O.)", "Once.").build();
        assertThat(only(preamble).location()).isEqualTo(Location.preamble(0));
        Screenplay noCast = Screenplay.builder().scene(ROOF, s -> s.dialogue("DANA", "Hi.")).build();
        assertThat(noCast.validate()).isEmpty();
    }

    @Test
    void warnsOfCastMembersSharingAName() {
        Screenplay play = Screenplay.builder()
                .castMember(new CastMember("MRS. SHEN", Optional.empty(), List.of("MOM")))
                .castMember(new CastMember("MOTHER", Optional.empty(), List.of("Mom")))
                .build();
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.DUPLICATE_CAST_MEMBER);
        assertThat(problem.message()).contains("'Mom'");
    }

    @Test
    void warnsOfAMissingEstimateOnlyWhenOthersAreEstimated() {
        Screenplay play = play(s -> s.shot("1", b -> b.shootingMinutes(10)).shot("1A", b -> { }));
        Problem problem = only(play);
        assertThat(problem.code()).isEqualTo(ProblemCodes.MISSING_ESTIMATE);
        assertThat(problem.location().shot()).contains("1A");
        assertThat(play(s -> s.shot("1", b -> { }).shot("1A", b -> { })).validate()).isEmpty();
        Screenplay setups = play(s -> s.shot("1", b -> b.shootingMinutes(10).setupMinutes(20)).shot("1A", b -> b.shootingMinutes(5)));
        assertThat(only(setups).message()).contains("has no setup estimate");
    }

    @Test
    void aShotWhoseSetupCarriesTheEstimateNeedsNoneOfItsOwn() {
        Screenplay shared = play(s -> s.shot("1", b -> b.setup("B").setupMinutes(20).shootingMinutes(10))
                .shot("1A", b -> b.setup("B").shootingMinutes(5)));
        assertThat(shared.validate()).isEmpty();
        Screenplay other = play(s -> s.shot("1", b -> b.setup("B").setupMinutes(20).shootingMinutes(10))
                .shot("1A", b -> b.setup("C").shootingMinutes(5)));
        assertThat(only(other).message()).contains("shot 1A").contains("has no setup estimate");
    }

    @Test
    void warnsOfAMissingSetupOnlyWhenOthersHaveOne() {
        Problem problem = only(play(s -> s.shot("1", b -> b.setup("A")).shot("1A", b -> { })));
        assertThat(problem.code()).isEqualTo(ProblemCodes.MISSING_SETUP);
        assertThat(problem.location().shot()).contains("1A");
        assertThat(play(s -> s.shot("1", b -> b.setup("A")).shot("1A", b -> b.setup("B"))).validate()).isEmpty();
    }

    @Test
    void locationsCarryTheSourcePositionWhenGiven() {
        SourceMap sources = new OffsetSourceMap(10, 20, 30);
        Screenplay play = play(s -> s.dialogue("JIAYI").shot("1", b -> b.lens(0)));
        assertThat(play.validate(sources)).extracting(Problem::location).containsExactly(
                new Location(Optional.of(0), Optional.empty(), Optional.of(2), Optional.of(22), Optional.of(2)),
                new Location(Optional.of(0), Optional.of("1"), Optional.empty(), Optional.of(30), Optional.of(3)));
        assertThat(play.validate()).extracting(p -> p.location().line()).containsOnly(Optional.empty());
    }

    @Test
    void aFailingSourceMapOrNoneAtAllIsIgnored() {
        SourceMap broken = new SourceMap() {
            @Override
            public Optional<Position> scene(int scene) {
                throw new IllegalStateException("closed");
            }

            @Override
            public Optional<Position> element(int scene, int element) {
                return null;
            }

            @Override
            public Optional<Position> shot(int scene, int shot) {
                throw new IndexOutOfBoundsException(shot);
            }
        };
        Screenplay play = Screenplay.builder().character("JIAYI")
                .scene("INT. - DAY", s -> s.dialogue("JIAYI").shot("1", b -> b.lens(0))).build();
        assertThat(play.validate(broken)).isEqualTo(play.validate()).hasSize(3);
        assertThat(play.validate(null)).isEqualTo(play.validate());
    }
}
