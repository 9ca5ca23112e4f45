package dev.slate.core.fountain;

import dev.slate.core.ReadResult;

import dev.slate.core.Action;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import dev.slate.core.testing.OddScreenplayGen;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** Properties of reading and writing, over generated screenplays and generated text. */
class FountainPropertiesTest {

    private static final FountainReader READER = FountainReader.create();
    private static final FountainWriter WRITER = FountainWriter.create();

    /** Pieces of Fountain syntax, so that generated text exercises every rule. */
    private static final List<String> PIECES = List.of("INT. ", "EXT ", "int. ", ".", "!", "@", "^", "#", "##",
            "=", "===", "~", ">", "<", "(", ")", "*", "**", "***", "_", "\\", "[[", "]]", "/*", "*/", "TO:",
            " CUT TO:", "SHOT 1: CU, 50mm", "SHOT 2B: WS | LIN XIAO | her foot", "END SHOT 1", "CAST: DANA",
            "Title: ", "Author: ", "  ", "\t", " ", "\n", "\n", "\n", "\n\n", "\r\n", "\r", "LIN XIAO", "DANA",
            "(V.O.)", "she waits", "The Rain", "Mom.", "陈伟", "ЛЕНА", "|", ",", ":", "\u00A0", "\uFEFF", "#12A#", "\\#",
            "> FADE TO:", "FADE OUT.", "audio: ", "note: ", "aka ");

    private static Gen<String> fountainText() {
        return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get))
                .ofSizeBetween(0, 60)
                .map(pieces -> String.join("", pieces));
    }

    /**
     * Elements ScreenplayGen does not make, and text that needs forced markers or escapes. They are
     * added after each scene's last element, so that shot coverage stays as generated.
     */
    private static final List<Element> EXTRAS = List.of(
            new Note("check the light"), new Note("two lines\n\nwith a blank one"), new Note("SHOT 3 is a word here"),
            new Note("brackets ]] and [[ and /* */ and a \\"), new Section(2, "Act two"), new Synopsis("She waits."),
            new PageBreak(), CenteredText.of("THE END\n(for now)"), Lyrics.of("la la\nla"), Transition.of("FADE OUT."),
            Transition.of("Burn to white."), Action.of("\tindented\n    four spaces"), Action.of("INT. NOT A HEADING"),
            Action.of("CUT TO:"), Action.of("LOUD LINE\nthen quiet"), Action.of("# not a section\n~ not lyrics"),
            Action.of("Literal *stars*, _underscores_, \\ backslash, [[brackets]], /* slashes */."),
            Action.of("Title: not a title page"), Dialogue.of("McCLANE", "Yippee ki-yay."),
            Dialogue.of("ЛЕНА (V.O.)", "(тихо)", "Привет."),
            new Action(StyledText.of("bold", Style.BOLD).append(StyledText.of(" and "))
                    .append(StyledText.of("both", Style.BOLD, Style.ITALIC)).append(StyledText.of(" nested", Style.BOLD))
                    .append(StyledText.of(", ")).append(StyledText.of("under", Style.UNDERLINE))));

    private static Gen<Screenplay> screenplaysWithExtras() {
        Gen<List<Integer>> picks = lists().of(integers().between(-EXTRAS.size(), EXTRAS.size() - 1)).ofSizeBetween(0, 12);
        return ScreenplayGen.screenplays().zip(picks, (play, chosen) -> {
            Screenplay.Builder b = play.toBuilder();
            List<Scene> scenes = new ArrayList<>(play.scenes());
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i) < 0) {
                    continue; // no extra this time
                }
                Element extra = EXTRAS.get(chosen.get(i));
                int s = i % (scenes.size() + 1);
                if (s == scenes.size()) {
                    b.scenes(List.of()).element(extra);
                } else {
                    scenes.set(s, scenes.get(s).toBuilder().element(extra).build());
                }
            }
            return b.scenes(scenes).build();
        });
    }

    @Test
    void writtenScreenplaysReadBackEqual() {
        qt().withExamples(300).withShrinkCycles(30).forAll(screenplaysWithExtras()).checkAssert(play -> {
            String text = WRITER.write(play);
            ReadResult back = READER.read(text);
            assertThat(back.problems()).as("problems reading\n%s", text).isEmpty();
            assertThat(back.screenplay()).as("read back (%s) from\n%s", firstDifference(play, back.screenplay()), text)
                    .isEqualTo(play);
        });
    }

    /** Screenplays no writer would write: written, or refused with a clear message; then stable. */
    @Test
    void oddScreenplaysAreWrittenOrRefusedClearly() {
        qt().withExamples(500).forAll(OddScreenplayGen.screenplays()).checkAssert(play -> {
            String text;
            try {
                text = WRITER.write(play);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).containsAnyOf("fix the coverage", "use a level from 1 to",
                        "start the heading with a letter or digit");
                return;
            }
            String again = WRITER.write(READER.read(text).screenplay());
            assertThat(WRITER.write(READER.read(again).screenplay())).as("written twice:\n%s", again).isEqualTo(again);
        });
    }

    @Test
    void writingWhatWasReadIsAFixedPointAfterOneRound() {
        qt().withExamples(2000).forAll(fountainText()).checkAssert(text -> {
            Screenplay once = READER.read(text).screenplay();
            String written = WRITER.write(once);
            String again = WRITER.write(READER.read(written).screenplay());
            assertThat(again).as("input %s written once:\n%s", visible(text), written).isEqualTo(written);
        });
    }

    @Test
    void anyStringReadsWithoutException() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
            ReadResult result = READER.read(text);
            assertThat(result.screenplay()).isNotNull();
            WRITER.write(result.screenplay());
        });
    }

    @Test
    void syntaxSoupReadsWithoutException() {
        qt().withExamples(2000).forAll(fountainText()).checkAssert(text -> assertThat(READER.read(text)).isNotNull());
    }

    /** Where two screenplays first differ, for a readable failure. */
    private static String firstDifference(Screenplay expected, Screenplay actual) {
        if (!expected.titlePage().equals(actual.titlePage()) || !expected.cast().equals(actual.cast())) {
            return "title page or cast";
        }
        if (!expected.preamble().equals(actual.preamble())) {
            return "preamble " + expected.preamble() + " vs " + actual.preamble();
        }
        for (int s = 0; s < Math.min(expected.scenes().size(), actual.scenes().size()); s++) {
            Scene e = expected.scenes().get(s);
            Scene a = actual.scenes().get(s);
            for (int i = 0; i < Math.min(e.elements().size(), a.elements().size()); i++) {
                if (!e.elements().get(i).equals(a.elements().get(i))) {
                    return "scene " + s + " element " + i + ": " + e.elements().get(i) + " vs " + a.elements().get(i);
                }
            }
            if (!e.equals(a)) {
                return "scene " + s + ": " + e.elements().size() + " vs " + a.elements().size() + " elements, shots "
                        + e.shots() + " vs " + a.shots();
            }
        }
        return "scene count " + expected.scenes().size() + " vs " + actual.scenes().size();
    }

    private static String visible(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
