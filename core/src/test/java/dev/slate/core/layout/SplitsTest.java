package dev.slate.core.layout;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.slate.core.layout.Pages.numbered;
import static dev.slate.core.layout.Pages.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** Page breaks inside elements where a professional expects them (Final Draft's practice). */
class SplitsTest {

    private static final String LONG_SENTENCES = "The rain came down over the harbour all night long and "
            + "nobody slept at all. Then the boats went out before dawn, one after another, into the grey "
            + "water beyond the wall. We watched them go from the roof of the old customs house until the "
            + "last one was out of sight. After that we went home.";

    private static final String SPEECH = LONG_SENTENCES + " " + LONG_SENTENCES;

    private final Paginator letter = Paginator.builder().build();

    /** Rows 0..rows-1 of page 1 used (heading, blank, action), then more in the same scene. */
    private static Screenplay filled(int rows, Consumer<Scene.Builder> more) {
        return Screenplay.builder().scene("INT. ROOM - DAY", s -> {
            s.action(numbered("Fill", rows - 2));
            more.accept(s);
        }).build();
    }

    private static List<Line> lines(Page page, LineKind kind) {
        return page.lines().stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void dialogueSplitsAtTheLastSentenceEndThatFitsEvenInsideAWrappedRow() {
        for (int fill = 44; fill <= 49; fill++) {
            Layout layout = letter.paginate(filled(fill, s -> s.dialogue("EDWARD", SPEECH)));
            Page first = layout.pages().get(0);
            List<Line> head = lines(first, LineKind.DIALOGUE);
            assertThat(lines(first, LineKind.MORE)).as("fill %d", fill).hasSize(1);
            String last = head.get(head.size() - 1).text().plain();
            assertThat(last).as("fill %d", fill).endsWith(".");
            List<Line> tail = lines(layout.pages().get(1), LineKind.DIALOGUE);
            String printed = String.join(" ", head.stream().map(l -> l.text().plain()).toList()) + " "
                    + String.join(" ", tail.stream().map(l -> l.text().plain()).toList());
            assertThat(printed).as("fill %d: every word, once", fill).isEqualTo(SPEECH);
        }
        // fill 44: speech rows 46..53, (MORE) at 54; row 53 reads "was out of sight. After that we went":
        // the page ends inside it, after "sight.", and the next sentence is re-wrapped on page 2
        Layout layout = letter.paginate(filled(44, s -> s.dialogue("EDWARD", SPEECH)));
        List<Line> head = lines(layout.pages().get(0), LineKind.DIALOGUE);
        assertThat(head.get(head.size() - 1).text().plain()).isEqualTo("was out of sight.");
        assertThat(head.get(head.size() - 1).row()).isEqualTo(53);
        assertThat(lines(layout.pages().get(1), LineKind.DIALOGUE).get(0).text().plain())
                .isEqualTo("After that we went home. The rain");
    }

    @Test
    void aSpeechOfManyPagesKeepsEveryWordInOrderWithinItsWidth() {
        // one sentence pair over and over: wrapped afresh after a break, its rows never fall back into step
        String speech = "It was so. Then it was not. ".repeat(600).strip();
        Layout layout = letter.paginate(filled(10, s -> s.dialogue("EDWARD", speech)));

        List<Line> rows = layout.pages().stream().flatMap(p -> lines(p, LineKind.DIALOGUE).stream()).toList();
        assertThat(String.join(" ", rows.stream().map(l -> l.text().plain()).toList())).isEqualTo(speech);
        assertThat(rows).allSatisfy(l -> assertThat(l.text().length()).isLessThanOrEqualTo(36));
        assertThat(layout.pages().subList(0, layout.pageCount() - 1))
                .allSatisfy(p -> assertThat(lines(p, LineKind.MORE)).hasSize(1));
    }

    @Test
    void actionSplitsInsideARowAtASentenceEnd() {
        Layout layout = letter.paginate(filled(50, s -> s.action(LONG_SENTENCES + " " + LONG_SENTENCES)));
        Page first = layout.pages().get(0);
        // rows 51-53: the row that would be 54 has no sentence end, so the page ends inside row 53
        assertThat(Pages.last(first).text().plain()).isEqualTo("another, into the grey water beyond the wall.");
        assertThat(Pages.last(first).row()).isEqualTo(53);
        assertThat(Pages.first(layout.pages().get(1)).text().plain()).startsWith("We watched them go");
    }

    @Test
    void withNoSentenceEndItSplitsMidSentenceBetweenRows() {
        String noEnd = "and so on and on ".repeat(20).strip();
        Layout layout = letter.paginate(filled(46, s -> s.dialogue("EDWARD", noEnd)));
        List<Line> head = lines(layout.pages().get(0), LineKind.DIALOGUE);
        assertThat(head).hasSize(6);
        assertThat(lines(layout.pages().get(1), LineKind.DIALOGUE)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSpeechMaySplitBeforeAParentheticalInItsMiddle() {
        Dialogue speech = Dialogue.builder("EDWARD")
                .speech("I went down to the river that morning, the way I always did. Nothing was there.")
                .parenthetical("beat")
                .speech("And then I saw it, just under the surface, waiting for me. It was enormous.")
                .build();
        // cue at 50, speech 51-53, (beat) at 54: only a break before the parenthetical keeps the speech together
        Layout layout = letter.paginate(filled(49, s -> s.element(speech)));

        List<String> first = rows(layout.pages().get(0));
        assertThat(first.get(first.size() - 1)).isEqualTo("(MORE)");
        assertThat(first).contains("EDWARD");
        assertThat(rows(layout.pages().get(1)).subList(0, 2)).containsExactly("EDWARD (CONT'D)", "(beat)");
    }

    @Test
    void anInsertedContdUsesTheScriptsApostrophe() {
        String speech = numbered("It\u2019s what I said", 40).replace('\n', ' ');
        Layout layout = letter.paginate(filled(40, s -> s.dialogue("EDWARD", speech)));
        assertThat(lines(layout.pages().get(1), LineKind.CONTINUED_CHARACTER)).extracting(l -> l.text().plain())
                .containsExactly("EDWARD (CONT\u2019D)");
        Layout straight = letter.paginate(filled(40, s -> s.dialogue("EDWARD", speech.replace('\u2019', '\''))));
        assertThat(lines(straight.pages().get(1), LineKind.CONTINUED_CHARACTER)).extracting(l -> l.text().plain())
                .containsExactly("EDWARD (CONT'D)");
    }

    @Test
    void aLongWordBreaksAfterAHyphenAndAWordLongerThanTheLineIsCutAtTheWidth() {
        String hyphenated = "a twenty-three-year-old-former-stunt-performer-turned-philosopher-of-the-docks";
        Layout layout = letter.paginate(Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action(hyphenated)).build());
        List<Line> action = lines(layout.pages().get(0), LineKind.ACTION);
        assertThat(action).extracting(l -> l.text().plain())
                .containsExactly("a twenty-three-year-old-former-stunt-performer-turned-", "philosopher-of-the-docks");

        String longWord = "x".repeat(70);
        Layout cut = letter.paginate(Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.action(longWord + " then")).build());
        assertThat(lines(cut.pages().get(0), LineKind.ACTION)).extracting(l -> l.text().plain())
                .containsExactly("x".repeat(61), "x".repeat(9) + " then");
    }

    @Test
    void dualDialogueStaysInsideTheTextAreaWithItsParentheticalsBetweenCueAndSpeech() {
        DualDialogue dual = new DualDialogue(
                Dialogue.builder("BRICK").parenthetical("quietly, to nobody in particular").speech(LONG_SENTENCES).build(),
                Dialogue.builder("STEEL").parenthetical("louder, to everybody in the room").speech(LONG_SENTENCES).build());
        for (Paper paper : Paper.values()) {
            Layout layout = Paginator.builder().paper(paper).build()
                    .paginate(Screenplay.builder().scene("INT. ROOM - DAY", s -> s.element(dual)).build());
            List<Line> lines = layout.pages().get(0).lines();
            assertThat(lines).allSatisfy(l -> assertThat(l.x() + l.text().length() * Paper.CHARACTER_WIDTH)
                    .as("%s on %s", l.text().plain(), paper).isLessThanOrEqualTo(paper.rightEdge() + 1e-9));
            for (boolean right : new boolean[] {false, true}) {
                double cue = column(lines, LineKind.CHARACTER, right);
                double speech = column(lines, LineKind.DIALOGUE, right);
                double paren = column(lines, LineKind.PARENTHETICAL, right);
                assertThat(paren).as("%s %s", paper, right).isGreaterThan(speech).isLessThan(cue);
            }
        }
    }

    @Test
    void aDualBlockLongerThanTheSpaceLeftSplitsInEachColumn() {
        DualDialogue dual = new DualDialogue(Dialogue.builder("BRICK").speech(LONG_SENTENCES).build(),
                Dialogue.builder("STEEL").speech(LONG_SENTENCES).build());
        Layout layout = letter.paginate(filled(44, s -> s.element(dual)));

        Page first = layout.pages().get(0);
        assertThat(lines(first, LineKind.MORE)).hasSize(2);
        assertThat(lines(layout.pages().get(1), LineKind.CONTINUED_CHARACTER)).extracting(l -> l.text().plain())
                .containsExactly("BRICK (CONT'D)", "STEEL (CONT'D)");
        assertThat(first.rowsUsed()).isGreaterThanOrEqualTo(54);
    }

    /** The x of the first line of a kind in the left or right column of a dual dialogue. */
    private static double column(List<Line> lines, LineKind kind, boolean right) {
        return lines.stream().filter(l -> l.kind() == kind && (l.x() > 4.5) == right).mapToDouble(Line::x)
                .min().orElseThrow();
    }
}
