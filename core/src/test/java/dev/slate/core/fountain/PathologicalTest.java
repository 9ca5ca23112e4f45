package dev.slate.core.fountain;

import dev.slate.core.ReadResult;

import dev.slate.core.Action;
import dev.slate.core.Dialogue;
import dev.slate.core.Problem;
import dev.slate.core.testing.Allocated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that would take quadratic time (or worse) in a careless parser. Each must read in well
 * under the timeout; the timeout (60 s) only catches a hang, so that a busy machine does not fail them, while a
 * quadratic scan of these sizes would take minutes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalTest {

    private static final FountainReader READER = FountainReader.create();
    private static final FountainWriter WRITER = FountainWriter.create();

    @Test
    void manyUnclosedNotesOnOneLine() {
        ReadResult result = READER.read("[[".repeat(100_000));
        assertThat(plainOfOnlyAction(result)).hasSize(200_000);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("unclosed-note");
    }

    @Test
    void manyUnclosedNotesOnTheirOwnLines() {
        ReadResult result = READER.read("[[\n".repeat(100_000));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("unclosed-note");
        assertThat(plainOfOnlyAction(result)).startsWith("[[\n[[");
    }

    /** 600 KB of notes left open: read in time and memory proportional to it, every note reported. */
    @Test
    void sixHundredKilobytesOfUnclosedNotes() {
        String paragraph = "She waits [[left open\n[[and again\nby the door [[once more\n\n";
        String text = paragraph.repeat(600_000 / paragraph.length());
        long before = Allocated.bytes();
        ReadResult result = READER.read(text);
        long allocated = Allocated.bytes() - before;
        int paragraphs = 600_000 / paragraph.length();
        assertThat(result.screenplay().preamble()).hasSize(paragraphs).allSatisfy(e -> assertThat(((Action) e)
                .text().plain()).isEqualTo("She waits [[left open\n[[and again\nby the door [[once more"));
        assertThat(result.problems()).hasSize(paragraphs).extracting(Problem::code).containsOnly("unclosed-note");
        // Gigabytes for these 600 KB were the failure; a reader proportional to its input stays far below.
        assertThat(allocated).as("bytes allocated reading %,d characters", text.length())
                .isLessThan(1_000L * text.length());
    }

    @Test
    void manyUnclosedBoneyards() {
        ReadResult result = READER.read("/* ".repeat(100_000));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("unclosed-boneyard");
    }

    @Test
    void oneMegabyteLine() {
        String line = "She walks along the red pavement and **stops**, *turns* _slowly_ [[a note]] \\* ".repeat(13_000);
        assertThat(line.length()).isGreaterThan(1_000_000);
        ReadResult result = READER.read(line);
        assertThat(result.screenplay().preamble()).hasSize(13_001); // the action and one note per repeat
        assertThat(WRITER.write(result.screenplay())).isNotEmpty();
    }

    @Test
    void oneMegabyteOfMarkers() {
        String line = "*_".repeat(250_000) + "**".repeat(250_000) + "/*/".repeat(100_000);
        ReadResult result = READER.read(line);
        assertThat(plainOfOnlyAction(result)).isNotEmpty();
        assertThat(READER.read(WRITER.write(result.screenplay())).screenplay()).isEqualTo(result.screenplay());
    }

    @Test
    void hundredThousandBlankLines() {
        ReadResult result = READER.read("INT. ROOF - DAY" + "\n".repeat(100_000) + "She waits." + "\r\n".repeat(100_000));
        assertThat(result.screenplay().scenes()).hasSize(1);
        assertThat(result.sourceMap().element(0, 0)).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(100_001));
    }

    @Test
    void tenThousandShotNotes() {
        StringBuilder text = new StringBuilder("INT. ROOF - DAY\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("[[SHOT ").append(i).append(": CU, 50mm | LIN XIAO]]\nAction.\n\n");
        }
        ReadResult result = READER.read(text);
        assertThat(result.screenplay().scenes().get(0).shots()).hasSize(10_000);
        assertThat(READER.read(WRITER.write(result.screenplay())).screenplay()).isEqualTo(result.screenplay());
    }

    @Test
    void hundredThousandNotesInOneParagraph() {
        ReadResult result = READER.read("INT. ROOF - DAY\n\nShe waits.\n" + "[[SHOT 1]] [[note]]\n".repeat(100_000)
                + "[[END SHOT 1]]\n".repeat(100_000));
        assertThat(result.screenplay().scenes().get(0).shots()).hasSize(100_000);
        assertThat(result.screenplay().scenes().get(0).elements()).hasSize(100_001);
    }

    @Test
    void hundredThousandHeadingsInOneParagraph() {
        ReadResult result = READER.read("INT. ROOF - DAY\n".repeat(100_000));
        assertThat(result.screenplay().scenes()).hasSize(100_000);
    }

    @Test
    void oneMegabyteCueAndShotNote() {
        ReadResult result = READER.read("INT. ROOF - DAY\n\n[[SHOT 1: " + "CU, pan left, 50mm, sideways, ".repeat(35_000)
                + "]]\n\nLIN XIAO" + " (V.O.)".repeat(150_000) + "\nMom.\n");
        assertThat(result.screenplay().scenes().get(0).shots().get(0).moves()).hasSize(35_000);
        assertThat(((Dialogue) result.screenplay().scenes().get(0).elements().get(0)).extensions()).hasSize(150_000);
    }

    @Test
    void headingWithAMegabyteOfSpaces() {
        ReadResult result = READER.read("INT. ROOF" + " ".repeat(500_000) + "\t".repeat(500_000) + "- DAY\n");
        assertThat(result.screenplay().scenes().get(0).heading().timeOfDay()).contains("DAY");
    }

    private static String plainOfOnlyAction(ReadResult result) {
        assertThat(result.screenplay().preamble()).hasSize(1).first().isInstanceOf(Action.class);
        return ((Action) result.screenplay().preamble().get(0)).text().plain();
    }
}
