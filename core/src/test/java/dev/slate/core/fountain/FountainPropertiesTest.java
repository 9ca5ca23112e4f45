package dev.slate.core.fountain;

import dev.slate.core.Screenplay;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
            "(V.O.)", "she waits", "The Rain", "Mom.", "陈伟", "ЛЕНА", "|", ",", ":", "\u00A0", "\uFEFF");

    private static Gen<String> fountainText() {
        return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get))
                .ofSizeBetween(0, 60)
                .map(pieces -> String.join("", pieces));
    }

    @Test
    void writtenScreenplaysReadBackEqual() {
        qt().withExamples(300).forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            String text = WRITER.write(play);
            ReadResult back = READER.read(text);
            assertThat(back.problems()).as("problems reading\n%s", text).isEmpty();
            assertThat(back.screenplay()).as("read back\n%s", text).isEqualTo(play);
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

    private static String visible(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
