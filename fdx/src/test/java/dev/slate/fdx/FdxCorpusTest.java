package dev.slate.fdx;

import dev.slate.core.Action;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Note;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Synopsis;
import dev.slate.core.ReadResult;
import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The FDX files of the shared corpus read to the screenplay they hold. */
class FdxCorpusTest {

    private static ReadResult read(String name) {
        return Shared.read(SharedFolder.resolve("corpus/fdx/" + name));
    }

    @Test
    void screenplainSimple() {
        ReadResult result = read("screenplain-simple.fdx");
        Screenplay play = result.screenplay();

        assertThat(result.problems()).isEmpty();
        assertThat(play.preamble()).isEmpty();
        Scene scene = play.scenes().get(0);
        assertThat(scene.heading().text()).isEqualTo("EXT. SOMEWHERE - DAY");
        assertThat(scene.number()).isEmpty();
        assertThat(scene.elements()).containsExactly(
                Action.of("GUY and GURL walk down the street."),
                // Runs joined with no separator, their line breaks kept.
                Action.of("It's a sunny day.\nSunnier than normal.\nToo sunny to be funny."),
                Dialogue.of("GUY", "So what's up?"),
                Dialogue.of("GURL", "Nothing much.", "Just thinking.", "And you?"),
                Dialogue.of("GUY", "Nothing."));
        FdxSourceMap where = (FdxSourceMap) result.sourceMap();
        assertThat(where.sceneParagraph(0)).contains(0);
        assertThat(where.elementParagraph(0, 3)).contains(5);
        assertThat(where.element(0, 3)).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(24));
    }

    @Test
    void screenplainDualDialogueInAnUntypedWrapper() {
        ReadResult result = read("screenplain-dual-dialogue.fdx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.screenplay().preamble()).containsExactly(
                new DualDialogue(Dialogue.of("GIRL", "Hey!"), Dialogue.of("GUY", "Hello!")));
    }

    @Test
    void afterwritingInlineNoteBeforeTheActionText() {
        ReadResult result = read("afterwriting-note.fdx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.screenplay().preamble()).containsExactly(
                new Note("Note in action. Note. Note. Note."), Action.of("Action. Action."));
    }

    @Test
    void rootScriptNotesComeBeforeTheParagraphTheirRangeStartsInOrAtTheEnd() {
        String fdx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <FinalDraft DocumentType="Script" Template="No" Version="1">
                  <Content>
                    <Paragraph Type="Scene Heading"><Text>INT. ROOF - DAY</Text></Paragraph>
                    <Paragraph Type="Action"><Text>Wind.</Text></Paragraph>
                    <Paragraph Type="Action"><Text>Rain.</Text></Paragraph>
                  </Content>
                  <ScriptNotes>
                    <ScriptNote Range='22,27' Color='#FFFF00000000'><Paragraph><Text>wet</Text></Paragraph></ScriptNote>
                    <ScriptNote><Paragraph><Text>no range</Text></Paragraph></ScriptNote>
                  </ScriptNotes>
                </FinalDraft>
                """;

        ReadResult result = Shared.read(fdx.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.screenplay().scenes().get(0).elements()).containsExactly(Action.of("Wind."),
                new Note("wet"), Action.of("Rain."), new Note("no range"));
    }

    @Test
    void afterwritingSceneSummaryIsTheSynopsis() {
        ReadResult result = read("afterwriting-synopsis.fdx");

        assertThat(result.problems()).isEmpty();
        List<Scene> scenes = result.screenplay().scenes();
        assertThat(scenes).hasSize(1);
        assertThat(scenes.get(0).heading().text()).isEqualTo("INT. SCENE HEADING - DAY");
        assertThat(scenes.get(0).elements()).containsExactly(new Synopsis("Here is the synopsis."));
    }
}
