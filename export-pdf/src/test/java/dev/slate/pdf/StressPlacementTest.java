package dev.slate.pdf;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stress placements: each awkward element starting at every line from 38 to 53 of a page must
 * break as Final Draft breaks it, and the rendered pages must satisfy the shared format checker.
 */
class StressPlacementTest {

    private static final String SHORT_SENTENCES = "It was so. Then it was not. We went on. Nobody spoke. "
            + "The water rose. We waited there. Then the boats came. The rain stopped. Somebody laughed. "
            + "It was over. We went home. Nobody asked. The lamps went out. Morning came. ";
    private static final String LONG_SPEECH = (SHORT_SENTENCES + SHORT_SENTENCES + SHORT_SENTENCES).strip();
    private static final String TRANSITION = "SLOW DISSOLVE THROUGH THE RAIN ON THE WINDOW AND THE LIGHTS OF THE HARBOUR TO:";
    private static final Paginator LETTER = Paginator.builder().build();

    /** The stress elements. */
    enum Kind {
        SPEECH(s -> s.dialogue("EDWARD", LONG_SPEECH)),
        HEADING(s -> { }),
        DUAL(s -> s.element(new DualDialogue(
                Dialogue.builder("BRICK").parenthetical("low").speech(LONG_SPEECH).build(),
                Dialogue.builder("STEEL").speech(LONG_SPEECH).build()))),
        TRANSITION(s -> s.action("He turns away.\nThe door closes.").transition(StressPlacementTest.TRANSITION)),
        TYPOGRAPHIC_CONTD(s -> s.element(Dialogue.builder("EDWARD").extension("CONT\u2019D")
                .speech(LONG_SPEECH.replace("It was", "It\u2019s")).build())),
        PARENTHETICAL(s -> s.element(Dialogue.builder("EDWARD").speech("It was so. Then it was not. We went on.")
                .parenthetical("beat").speech(LONG_SPEECH).build()));

        private final Consumer<Scene.Builder> element;

        Kind(Consumer<Scene.Builder> element) {
            this.element = element;
        }
    }

    /** A scene whose element starts on {@code line} (1-based): heading, blank, filler action, blank, the element. */
    private static Screenplay play(Kind kind, int line) {
        StringBuilder fill = new StringBuilder();
        for (int i = 1; i <= line - 4; i++) {
            fill.append(i > 1 ? "\n" : "").append("Fill ").append(i).append('.');
        }
        Screenplay.Builder play = Screenplay.builder();
        if (kind == Kind.HEADING) {
            return play.scene("INT. HARBOUR - NIGHT", s -> s.action(fill.toString()))
                    .scene("EXT. QUAY - NIGHT", s -> s.action("One.\nTwo.\nThree.\nFour.\nFive.\nSix.")).build();
        }
        return play.scene("INT. HARBOUR - NIGHT", s -> {
            s.action(fill.toString());
            kind.element.accept(s);
        }).scene("EXT. QUAY - NIGHT", s -> s.action("After.")).build();
    }

    static Stream<Arguments> placements() {
        return Stream.of(Kind.values()).flatMap(k -> IntStream.rangeClosed(38, 53).mapToObj(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} at line {1}")
    @MethodSource("placements")
    void breaksAsFinalDraftWould(Kind kind, int line) {
        Layout layout = LETTER.paginate(play(kind, line));
        List<Page> pages = layout.pages();
        int room = 55 - (line - 1); // rows left from the element's line to the foot
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            assertThat(page.rowsUsed()).isLessThanOrEqualTo(55);
            Line last = last(page);
            if (p + 1 < pages.size()) {
                assertThat(last.kind()).as("page %d ends", p + 1).isNotEqualTo(LineKind.SCENE_HEADING);
                assertThat(first(pages.get(p + 1)).kind()).as("page %d starts", p + 2).isNotEqualTo(LineKind.TRANSITION);
            }
            if (last.kind() == LineKind.MORE) {
                List<Line> cues = pages.get(p + 1).lines().stream().filter(l -> l.row() == 0).toList();
                assertThat(cues).allSatisfy(c -> assertThat(c.kind()).isEqualTo(LineKind.CONTINUED_CHARACTER));
                assertThat(cues).allSatisfy(c -> assertThat(c.text().plain()).matches("[A-Z]+ \\(CONT['\u2019]D\\)"));
            }
        }
        Page first = pages.get(0);
        switch (kind) {
            case SPEECH, TYPOGRAPHIC_CONTD, PARENTHETICAL, DUAL -> {
                // cue, two lines and (MORE); the dual's left column has a parenthetical, which stays with them
                boolean splits = room >= (kind == Kind.DUAL ? 5 : 4);
                assertThat(first.lines()).as("split").extracting(Line::kind).contains(splits ? LineKind.MORE : LineKind.ACTION);
                if (splits) {
                    // short sentences end in every row: the break falls on the last row that (MORE) leaves
                    // (before a parenthetical, the break may come a row or two earlier)
                    assertThat(last(first).row()).isGreaterThanOrEqualTo(kind == Kind.PARENTHETICAL ? 52 : 54);
                    assertThat(first.lines().stream().filter(l -> l.kind() == LineKind.MORE).count())
                            .isEqualTo(kind == Kind.DUAL ? 2 : 1);
                } else {
                    assertThat(first.lines()).noneMatch(l -> l.kind() == LineKind.CHARACTER);
                }
                if (kind == Kind.TYPOGRAPHIC_CONTD && splits) {
                    assertThat(first(pages.get(1)).text().plain()).isEqualTo("EDWARD (CONT\u2019D)");
                }
            }
            case HEADING -> {
                boolean stays = room >= 4; // heading, blank and two lines
                assertThat(first.lines().stream().anyMatch(l -> l.text().plain().equals("EXT. QUAY - NIGHT")))
                        .isEqualTo(stays);
            }
            case TRANSITION -> {
                Line transition = layout.pages().stream().flatMap(p -> p.lines().stream())
                        .filter(l -> l.kind() == LineKind.TRANSITION).findFirst().orElseThrow();
                assertThat(transition.row()).isGreaterThan(0);
            }
            default -> throw new AssertionError(kind);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFormatCheckerFindsNothingOnAnyPlacement(Kind kind) {
        for (Paper paper : Paper.values()) {
            Screenplay.Builder all = Screenplay.builder();
            for (int line = 38; line <= 53; line++) {
                for (Scene scene : play(kind, line).scenes()) {
                    all.scene(scene);
                }
                all.scene("INT. BREAK - DAY", s -> s.action("Between.").pageBreak());
            }
            String name = "stress-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + paper;
            Screenplay play = all.build();
            Paginator paginator = Paginator.builder().paper(paper).build();
            Rendered.bytes(PdfScreenplayRenderer.builder().paginator(paginator).build(), play, name);
            Layout layout = paginator.paginate(play);
            List<String> findings = FormatCheck.findings(Rendered.OUT.resolve(name + ".pdf")).stream()
                    .filter(f -> !FormatCheck.isDualParenthetical(f, layout)).toList();
            assertThat(findings).as("%s on %s", kind, paper).isEmpty();
        }
    }

    private static Line last(Page page) {
        Line last = null;
        for (Line line : page.lines()) {
            if (last == null || line.row() >= last.row()) {
                last = line;
            }
        }
        return last;
    }

    private static Line first(Page page) {
        return page.lines().stream().min((a, b) -> Integer.compare(a.row(), b.row())).orElseThrow();
    }
}
