package dev.slate.core.fountain;

import dev.slate.core.ReadResult;

import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.ShotSize;
import dev.slate.core.SourceMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public API as a client uses it, on the rooftop example of docs/fountain.md. */
class FountainApiTest {

    private static String rooftop() throws IOException {
        try (InputStream in = FountainApiTest.class.getResourceAsStream("/examples/rooftop.fountain")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheRooftopShotPlan() throws IOException {
        ReadResult result = FountainReader.builder().build().read(new StringReader(rooftop()));
        assertThat(result.problems()).isEmpty();
        Screenplay play = result.screenplay();
        assertThat(play.cast()).extracting(c -> c.name()).containsExactly("LIN XIAO", "MRS. SHEN");
        Scene scene = play.scenes().get(0);
        assertThat(scene.number()).contains("12");
        assertThat(scene.elements()).hasSize(5); // action, two dialogues, action, transition
        assertThat(scene.shots()).extracting(Shot::number).containsExactly("12A", "12B", "12C", "12D");
        Shot master = scene.shot("12A").orElseThrow();
        assertThat(master.coverage()).contains(new Coverage(0, 3));
        Shot foot = scene.shot("12B").orElseThrow();
        assertThat(foot.size()).contains(ShotSize.INSERT);
        assertThat(foot.coverage()).contains(Coverage.of(0));
        assertThat(scene.shot("12C").orElseThrow().coverage()).contains(new Coverage(1, 2));
        Shot close = scene.shot("12D").orElseThrow();
        assertThat(close.focus()).hasValueSatisfying(f -> assertThat(f.to()).isEqualTo("MRS. SHEN"));
        assertThat(close.screenTime()).contains(Duration.ofSeconds(20));
        assertThat(((Dialogue) scene.elements().get(2)).speeches().get(0).text().isStyled()).isTrue();
    }

    @Test
    void sourceMapNamesLinesOfScenesElementsAndShots() throws IOException {
        SourceMap map = FountainReader.create().read(rooftop()).sourceMap();
        assertThat(map.scene(0)).contains(new SourceMap.Position(9, 1));
        assertThat(map.element(0, 0)).contains(new SourceMap.Position(14, 1));
        assertThat(map.shot(0, 2)).contains(new SourceMap.Position(18, 1));
        assertThat(map.scene(1)).isEmpty();
        assertThat(map.element(0, 99)).isEmpty();
        assertThat(map.element(-1, 0)).isEmpty();
    }

    @Test
    void writesTheRooftopExampleAsItIs() throws IOException {
        String text = rooftop();
        Screenplay play = FountainReader.create().read(text).screenplay();
        assertThat(FountainWriter.create().write(play)).isEqualTo(text);
    }

    @Test
    void writesWindowsLineEndingsToAWriterThatStaysOpen() throws IOException {
        Screenplay read = FountainReader.create().read(rooftop()).screenplay();
        Screenplay play = read.toBuilder()
                .setScene(0, read.scenes().get(0).toBuilder().note("a note\non two lines").build()).build();
        StringWriter out = new StringWriter();
        FountainWriter.builder().lineSeparator("\r\n").build().write(play, out);
        out.write("still open");
        assertThat(out.toString()).contains("[[a note\r\non two lines]]\r\nstill open").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(FountainReader.create().read(out.toString().replace("still open", "")).screenplay()).isEqualTo(play);
    }

    @Test
    void shotNotesCanStayNotes() throws IOException {
        ReadResult result = FountainReader.builder().shots(false).build().read(rooftop());
        assertThat(result.screenplay().cast()).isEmpty();
        assertThat(result.screenplay().scenes().get(0).shots()).isEmpty();
        assertThat(result.screenplay().scenes().get(0).elements()).hasSize(5 + 7); // 4 SHOT and 3 END SHOT notes
    }

    @Test
    void refusesToWriteCoverageOutsideTheScene() {
        Screenplay play = Screenplay.builder()
                .scene("INT. ROOF - DAY", s -> s.action("She waits.").shot("1", shot -> shot.covers(0, 3)))
                .build();
        assertThatThrownBy(() -> FountainWriter.create().write(play))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shot 1").hasMessageContaining("covers elements 0-3").hasMessageContaining("has 1");
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> FountainWriter.builder().lineSeparator("\r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineSeparator");
        assertThatThrownBy(() -> FountainReader.create().read((CharSequence) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThat(FountainReader.create().read("").screenplay().scenes()).isEmpty();
        assertThat(Optional.of(FountainReader.create().read("").hasErrors())).contains(false);
    }
}
