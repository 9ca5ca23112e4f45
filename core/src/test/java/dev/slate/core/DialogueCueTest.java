package dev.slate.core;

import dev.slate.core.fountain.FountainReader;
import dev.slate.core.testing.Allocated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A cue given to the builder is read by the same rule as a cue in a Fountain script. */
class DialogueCueTest {

    private static final FountainReader READER = FountainReader.create();

    @ParameterizedTest
    @ValueSource(strings = {"MRS. SHEN", "MRS. SHEN (O.S.)", "MRS. SHEN (O.S.) (CONT'D)", "HAL ( V.O. )(CONT'D)",
            "HAL () (V.O.)", "HAL\u00A0(V.O.)\u00A0", "R2 (BEEPS) ()", "DR. (EVIL) ONE (V.O.)"})
    void theBuilderReadsACueAsTheFountainReaderDoes(String cue) {
        Dialogue built = Dialogue.builder(cue).speech("Hi.").build();

        Dialogue read = (Dialogue) READER.read("INT. ROOM - DAY\n\n" + cue + "\nHi.\n").screenplay().scenes().get(0)
                .elements().get(0);

        assertThat(built).isEqualTo(read);
    }

    @Test
    void emptyGroupsAreNoExtensions() {
        assertThat(Dialogue.of("HAL () (V.O.)", "Hi.").extensions()).containsExactly("V.O.");
    }

    @Test
    void fortyThousandExtensionsTakeMemoryInProportion() {
        String cue = "HAL" + " (V.O.)".repeat(40_000);
        long before = Allocated.bytes();
        Dialogue dialogue = Dialogue.builder(cue).build();
        long allocated = Allocated.bytes() - before;

        assertThat(dialogue.extensions()).hasSize(40_000).containsOnly("V.O.");
        // Cutting the cue once per group copied gigabytes; a scan by index stays within a small multiple.
        assertThat(allocated).as("bytes allocated reading a cue of %,d characters", cue.length())
                .isLessThan(100L * cue.length());
    }
}
