package dev.slate.fdx;

import dev.slate.core.CenteredText;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.ShotHeading;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Round trips through FDX over generated screenplays, shot plan and cast included. */
class FdxPropertiesTest {

    /**
     * Elements ScreenplayGen does not make, and text that needs escaping in XML or in a note. They are
     * added after each scene's last element, so that shot coverage stays as generated.
     */
    private static final List<Element> EXTRAS = List.of(
            ShotHeading.of("CLOSE ON THE SHOE"), ShotHeading.of("Angle on Lin Xiao"),
            new ShotHeading(StyledText.of("INSERT", Style.UNDERLINE)), new Note("check the light"),
            new Note("two lines\n\nwith a blank one"), new Note("SHOT 3: a note that looks like a shot"),
            new Note("END SHOT 2"), new Note("CAST: NOBODY"), new Note("\\starts with a backslash"),
            new Note("<tags> & \"quotes\" ]] [["), new Section(1, "Act one"), new Section(7, "Deep"),
            new Synopsis("She waits."), new PageBreak(), CenteredText.of("THE END"), Lyrics.of("la la\nla"),
            Transition.of("Burn to white."), dev.slate.core.Dialogue.builder("DANA").speech("Sing.")
                    .part(new dev.slate.core.Dialogue.Lyric(StyledText.of("la la"))).build(), new dev.slate.core.Action(StyledText.of("\ttab\n  two spaces ")),
            dev.slate.core.Action.of("control \u0001 chars \uFFFF dropped"));

    private static Gen<Screenplay> screenplays() {
        Gen<List<Integer>> extras = lists().of(integers().between(0, EXTRAS.size() - 1)).ofSizeBetween(0, 6);
        Gen<Screenplay> plays = ScreenplayGen.screenplays();
        return in -> withExtras(plays.generate(in), extras.generate(in), extras.generate(in));
    }

    private static Screenplay withExtras(Screenplay play, List<Integer> sceneExtras, List<Integer> preambleExtras) {
        List<Element> preamble = new ArrayList<>(play.preamble());
        preambleExtras.forEach(i -> preamble.add(EXTRAS.get(i)));
        List<Scene> scenes = new ArrayList<>();
        for (int s = 0; s < play.scenes().size(); s++) {
            Scene scene = play.scenes().get(s);
            List<Element> elements = new ArrayList<>(scene.elements());
            for (int k = 0; k < sceneExtras.size(); k++) {
                if ((k + s) % 2 == 0) {
                    elements.add(EXTRAS.get(sceneExtras.get(k)));
                }
            }
            scenes.add(scene.toBuilder().elements(elements).build());
        }
        return new Screenplay(play.titlePage(), preamble, scenes, play.cast());
    }

    @Test
    void modelToFdxToModelIsTheSameScreenplay() {
        qt().withExamples(200).forAll(screenplays()).checkAssert(play -> {
            Screenplay expected = Shared.asFdxKeepsIt(withoutIllegalCharacters(play));
            Shared.assertSame(Shared.trip(play), expected);
        });
    }

    @Test
    void fdxToModelToFdxIsAFixedPoint() {
        qt().withExamples(100).forAll(screenplays()).checkAssert(play -> {
            byte[] first = FdxWriter.create().write(play);
            Screenplay read = Shared.read(first).screenplay();
            byte[] second = FdxWriter.create().write(read);

            assertThat(new String(second, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(first, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Shared.read(second).screenplay()).isEqualTo(read);
        });
    }

    @Test
    void writingIsDeterministic() {
        qt().withExamples(30).forAll(screenplays()).checkAssert(play ->
                assertThat(FdxWriter.create().write(play)).isEqualTo(FdxWriter.create().write(play)));
    }

    /** The screenplay with the characters XML 1.0 cannot hold taken out, as the writer drops them. */
    private static Screenplay withoutIllegalCharacters(Screenplay play) {
        List<Scene> scenes = new ArrayList<>();
        for (Scene scene : play.scenes()) {
            scenes.add(scene.toBuilder().elements(scene.elements().stream().map(FdxPropertiesTest::legal).toList())
                    .build());
        }
        return new Screenplay(play.titlePage(), play.preamble().stream().map(FdxPropertiesTest::legal).toList(),
                scenes, play.cast());
    }

    private static Element legal(Element element) {
        if (element instanceof dev.slate.core.Action a && a.text().plain().contains("\u0001")) {
            return dev.slate.core.Action.of(a.text().plain().replace("\u0001", "").replace("\uFFFF", ""));
        }
        return element;
    }
}
