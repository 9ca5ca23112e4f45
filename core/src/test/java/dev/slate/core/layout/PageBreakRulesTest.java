package dev.slate.core.layout;

import dev.slate.core.Dialogue;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.slate.core.layout.Pages.first;
import static dev.slate.core.layout.Pages.last;
import static dev.slate.core.layout.Pages.numbered;
import static dev.slate.core.layout.Pages.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** Each page-break rule of FORMAT.md, on screenplays built to meet it at the foot of a page. */
class PageBreakRulesTest {

    private final Paginator letter = Paginator.builder().build();

    /** A scene whose first action fills rows 0..filled-1 of page 1 (heading, blank, action). */
    private static Screenplay.Builder filled(int rows) {
        return Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action(numbered("Fill", rows - 2)));
    }

    /** Like {@link #filled(int)}, then more elements in the same scene. */
    private static Screenplay filled(int rows, Consumer<Scene.Builder> more) {
        return Screenplay.builder().scene("INT. ROOM - DAY", s -> {
            s.action(numbered("Fill", rows - 2));
            more.accept(s);
        }).build();
    }

    @Test
    void headingIsNeverTheLastLineOfAPage() {
        // rows 0-51 used; blank at 52, heading would sit at 53 with a blank at 54 and nothing after.
        Layout layout = letter.paginate(filled(52)
                .scene("EXT. ALLEY - NIGHT", s -> s.action("One line."))
                .build());

        assertThat(last(layout.pages().get(0)).kind()).isEqualTo(LineKind.ACTION);
        assertThat(rows(layout.pages().get(1))).containsExactly("EXT. ALLEY - NIGHT", "", "One line.");
    }

    @Test
    void headingStaysWhenItsFirstLinesFit() {
        Layout layout = letter.paginate(filled(50)
                .scene("EXT. ALLEY - NIGHT", s -> s.action(numbered("Walk", 6)))
                .build());

        // heading at 51, blank 52, two lines at 53-54, the rest on page 2
        assertThat(rows(layout.pages().get(0))).endsWith("EXT. ALLEY - NIGHT", "", "Walk 1.", "Walk 2.");
        assertThat(rows(layout.pages().get(1))).startsWith("Walk 3.");
    }

    @Test
    void transitionNeverStartsAPage() {
        // the action ends on row 54, so CUT TO: would start page 2: lines move down with it.
        Layout layout = letter.paginate(filled(50)
                .scene("EXT. ALLEY - NIGHT", s -> s.action(numbered("Walk", 4)).transition("CUT TO:"))
                .build());

        Line top = first(layout.pages().get(1));
        assertThat(top.kind()).isNotEqualTo(LineKind.TRANSITION);
        assertThat(rows(layout.pages().get(1))).endsWith("", "CUT TO:");
    }

    @Test
    void shortActionIsKeptWhole() {
        Layout layout = letter.paginate(filled(52, s -> s.action(numbered("Three", 3))));

        assertThat(rows(layout.pages().get(0))).noneMatch(r -> r.startsWith("Three"));
        assertThat(rows(layout.pages().get(1))).containsExactly("Three 1.", "Three 2.", "Three 3.");
    }

    @Test
    void longActionSplitsAtASentenceEndWithTwoLinesEachSide() {
        String action = "First line goes on,\nsecond line ends here.\nthird line goes on\nfourth line goes on\n"
                + "fifth ends.\nsixth ends.";
        // room for 4 rows: 4 would be legal, but the sentence ends after row 2
        Layout layout = letter.paginate(filled(50, s -> s.action(action)));

        assertThat(rows(layout.pages().get(0))).endsWith("", "First line goes on,", "second line ends here.");
        assertThat(rows(layout.pages().get(1))).startsWith("third line goes on");
    }

    @Test
    void longActionWithoutASentenceEndLeavesTwoLinesForTheNextPage() {
        String action = "one\ntwo\nthree\nfour\nfive";
        Layout layout = letter.paginate(filled(50, s -> s.action(action)));

        assertThat(rows(layout.pages().get(0))).endsWith("", "one", "two", "three");
        assertThat(rows(layout.pages().get(1))).containsExactly("four", "five");
    }

    @Test
    void dialogueSplitsWithMoreAndContd() {
        String speech = "I never said that. " + "You always do this to me and I am tired of it. ".repeat(8);
        Layout layout = letter.paginate(filled(46, s -> s.dialogue("EDWARD", speech)));

        Page page1 = layout.pages().get(0);
        Page page2 = layout.pages().get(1);
        assertThat(last(page1).kind()).isEqualTo(LineKind.MORE);
        assertThat(last(page1).text().plain()).isEqualTo("(MORE)");
        assertThat(first(page2).kind()).isEqualTo(LineKind.CONTINUED_CHARACTER);
        assertThat(first(page2).text().plain()).isEqualTo("EDWARD (CONT'D)");
        long before = page1.lines().stream().filter(l -> l.kind() == LineKind.DIALOGUE).count();
        long after = page2.lines().stream().filter(l -> l.kind() == LineKind.DIALOGUE).count();
        assertThat(before).isGreaterThanOrEqualTo(2);
        assertThat(after).isGreaterThanOrEqualTo(2);
    }

    @Test
    void cueThatAlreadySaysContdIsNotGivenASecondOne() {
        String speech = "You always do this to me and I am tired of it. ".repeat(8);
        for (String cue : List.of("EDWARD (CONT'D)", "EDWARD (CONT\u2019D)")) {
            Layout layout = letter.paginate(filled(46, s -> s.dialogue(cue, speech)));

            assertThat(first(layout.pages().get(1)).text().plain()).isEqualTo(cue);
        }
    }

    @Test
    void cueParentheticalAndTwoLinesStayTogether() {
        // 3 rows left after the gap: cue, parenthetical, one line would fit; two lines would not.
        Layout layout = letter.paginate(filled(51, s -> s
                .dialogue("EDWARD", "(quietly)", "You always do this to me and I am tired of it. I am.")));

        assertThat(layout.pages().get(0).lines()).noneMatch(l -> l.kind() == LineKind.CHARACTER);
        assertThat(rows(layout.pages().get(1))).startsWith("EDWARD", "(quietly)");
    }

    @Test
    void aContinuedCueIsFollowedBySpeechOrAParentheticalThatLeadsToSpeech() {
        Dialogue dialogue = Dialogue.builder("EDWARD")
                .speech("Short one. Short two. Short three. Short four. Short five. Short six. Seven.")
                .parenthetical("beat")
                .speech("And then more words to say after the pause, enough for four lines of speech here.")
                .build();
        for (int fill = 40; fill <= 52; fill++) {
            Layout layout = letter.paginate(filled(fill, s -> s.element(dialogue)));
            for (Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    if (line.kind() == LineKind.CONTINUED_CHARACTER) {
                        Line next = page.lines().stream().filter(l -> l.row() == line.row() + 1).findFirst()
                                .orElseThrow();
                        assertThat(next.kind()).as("fill %d", fill).isIn(LineKind.DIALOGUE, LineKind.PARENTHETICAL);
                        assertThat(Pages.last(page).kind()).as("fill %d", fill).isEqualTo(LineKind.DIALOGUE);
                    }
                }
            }
        }
    }

    @Test
    void forcedPageBreakWinsAndBlankLinesAtTheTopAreDropped() {
        Layout layout = letter.paginate(Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.action("Before.").pageBreak().action("\n\nAfter."))
                .build());

        assertThat(layout.pageCount()).isEqualTo(2);
        assertThat(rows(layout.pages().get(1))).containsExactly("After.");
    }

    @Test
    void aHeadingBeforeADualDialogueThatFitsOnlyWithoutItsTransitionDoesNotEndThePage() {
        // the dual dialogue fits at the foot of the page, the transition after it does not: the dual
        // dialogue breaks (its tail and the transition go on), so the heading keeps its first lines
        Dialogue left = Dialogue.of("DANA", "Left one. Left two. Left three. Left four. Left five. Left six. "
                + "Left seven. Left eight. Left nine. Left ten. Left eleven. Left twelve.");
        Dialogue right = Dialogue.of("WILL", "Right one.");
        for (int filled = 30; filled <= 54; filled++) {
            Layout layout = letter.paginate(filled(filled)
                    .scene("EXT. ALLEY - NIGHT", s -> s.dualDialogue(left, right).transition("CUT TO:"))
                    .build());
            for (int p = 0; p + 1 < layout.pageCount(); p++) {
                assertThat(last(layout.pages().get(p)).kind()).as("filled %d, page %d", filled, p + 1)
                        .isNotEqualTo(LineKind.SCENE_HEADING);
            }
            for (int p = 1; p < layout.pageCount(); p++) {
                assertThat(first(layout.pages().get(p)).kind()).isNotEqualTo(LineKind.TRANSITION);
            }
        }
    }

    @Test
    void withoutALegalBreakTheBlockIsCutAtTheLimit() {
        Dialogue left = Dialogue.of("DANA", numbered("Left", 300).replace('\n', ' '));
        Dialogue right = Dialogue.of("WILL", numbered("Right", 300).replace('\n', ' '));
        Layout layout = letter.paginate(Screenplay.builder()
                .scene("INT. ROOM - DAY", s -> s.dualDialogue(left, right)).build());

        String all = String.join(" ", layout.pages().stream().flatMap(p -> rows(p).stream()).toList());
        assertThat(layout.pageCount()).isGreaterThan(1);
        assertThat(layout.pages()).allSatisfy(p -> assertThat(p.rowsUsed()).isLessThanOrEqualTo(55));
        assertThat(all).contains("Left 300.", "Right 300.");
    }

    @Test
    void wordsLongerThanTheLineAreCut() {
        String word = "A".repeat(150);
        Layout layout = letter.paginate(Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action(word)).build());

        List<String> rows = rows(layout.pages().get(0));
        assertThat(rows.subList(2, rows.size())).containsExactly("A".repeat(61), "A".repeat(61), "A".repeat(28));
    }

    @Test
    void a4PagesHoldFiftySevenLines() {
        Paginator a4 = Paginator.builder().paper(Paper.A4).build();
        Layout layout = a4.paginate(filled(57).build());

        assertThat(layout.pageCount()).isEqualTo(1);
        assertThat(letter.paginate(filled(57).build()).pageCount()).isEqualTo(2);
    }
}
