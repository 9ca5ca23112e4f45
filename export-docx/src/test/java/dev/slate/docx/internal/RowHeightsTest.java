package dev.slate.docx.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** How many lines a cell's text wraps to, and how tall a row prints. */
class RowHeightsTest {

    private static final String[] WORDS = {"a", "dolly", "in", "slow", "GRANDMOTHER", "counterclockwise", "24-70mm",
            "steam", "rising", "from", "the", "kettle", "林晓", "Crème"};

    @Test
    void wrappedTextNeverHoldsMoreThanALineCanAndNeverTakesALineAWordDoesNotNeed() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, WORDS.length - 1)).ofSizeBetween(1, 80),
                integers().between(1900, 8000)).checkAssert((picks, width) -> {
                    StringBuilder text = new StringBuilder();
                    double words = 0;
                    for (int pick : picks) {
                        text.append(text.length() == 0 ? "" : " ").append(WORDS[pick]);
                        words += TextWidths.twips(WORDS[pick], 9, false);
                    }
                    int lines = RowHeights.lines(text.toString(), 9, false, width);
                    assertThat((double) lines * width).as("the words fill no line beyond its width")
                            .isGreaterThanOrEqualTo(words);
                    assertThat(lines).as("a line per word at most").isBetween(1, picks.size());
                    String longer = text + " " + WORDS[picks.get(0)];
                    assertThat(RowHeights.lines(longer, 9, false, width)).as("one more word, no fewer lines")
                            .isGreaterThanOrEqualTo(lines);
                    if (TextWidths.twips(text, 9, false) <= width) {
                        assertThat(lines).as("text that fits is one line").isEqualTo(1);
                    }
                });
    }

    @Test
    void lineBreaksInTheTextStartLinesOfTheirOwn() {
        assertThat(RowHeights.lines("dolly in\ncrane up\r\nhold", 9, false, 5000)).isEqualTo(3);
        assertThat(RowHeights.lines("", 9, false, 5000)).as("an empty cell still has its line").isEqualTo(1);
    }

    @Test
    void aWordWiderThanItsCellTakesTheLinesItsLettersNeed() {
        String word = "counterclockwise";
        int width = (int) Math.ceil(TextWidths.twips(word, 9, false) / 3) + 1;
        assertThat(RowHeights.lines(word, 9, false, width)).isEqualTo(3);
    }

    @Test
    void aRowIsAsTallAsItsTallestCellWithMarginsAndRule() {
        RowHeights heights = new RowHeights(new int[] {1000, 3000});
        DocxStyles[] styles = {DocxStyles.CELL, DocxStyles.CELL};
        int one = heights.row(styles, new String[] {"MS", "steam"});
        String tall = String.join(" ", List.of("steam rising from the kettle while the grandmother stirs".split(" ")));
        int lines = RowHeights.lines(tall, 9, false, 1000 - 120);
        assertThat(lines).isGreaterThan(1);
        assertThat(heights.row(styles, new String[] {tall, "steam"}) - one)
                .isEqualTo((lines - 1) * (int) Math.ceil(9 * RowHeights.LINE * 20));
    }
}
