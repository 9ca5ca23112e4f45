package dev.slate.core.shot;

import dev.slate.core.Location;
import dev.slate.core.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The camera, priority and status of a shot: in the model, read from and written to shot notes. */
class CrewFieldsTest {

    private static Optional<Shot> read(String note, List<Problem> problems) {
        return ShotNotes.readShot(note, Location.DOCUMENT, problems::add);
    }

    @Test
    void readsTheCameraInItsShortAndKeyedForms() {
        List<Problem> problems = new ArrayList<>();
        assertThat(read("SHOT 4A: CU, 50mm | cam B", problems)).map(Shot::camera).contains(Optional.of("B"));
        assertThat(read("SHOT 4B: CU | B cam", problems)).map(Shot::camera).contains(Optional.of("B"));
        assertThat(read("SHOT 4C: CU | camera C2", problems)).map(Shot::camera).contains(Optional.of("C2"));
        assertThat(read("SHOT 4D: CU | camera: Drone 2", problems)).map(Shot::camera).contains(Optional.of("Drone 2"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aDescriptionAboutTheCameraStaysADescription() {
        Shot shot = read("SHOT 1: camera follows her up the stairs", new ArrayList<>()).orElseThrow();
        assertThat(shot.camera()).isEmpty();
        assertThat(shot.description()).isEqualTo("camera follows her up the stairs");
    }

    @Test
    void readsPriorityAndStatusByNameOrAlias() {
        List<Problem> problems = new ArrayList<>();
        Shot shot = read("SHOT 2: WS | priority: Must Have | status: pick-up", problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(shot.priority()).contains(Priority.MUST);
        assertThat(shot.status()).contains(Status.PICKUP);
        assertThat(read("SHOT 3: status: done | priority: nice to have", problems).orElseThrow())
                .satisfies(s -> assertThat(s.status()).contains(Status.SHOT))
                .satisfies(s -> assertThat(s.priority()).contains(Priority.NICE));
    }

    @Test
    void anUnknownPriorityOrStatusIsAnErrorListingTheAcceptedValues() {
        List<Problem> problems = new ArrayList<>();
        assertThat(read("SHOT 2: WS | priority: urgent", problems)).isEmpty();
        assertThat(read("SHOT 3: WS | status: maybe", problems)).isEmpty();
        assertThat(problems).extracting(Problem::code).containsOnly(ShotNotes.MALFORMED_SHOT);
        assertThat(problems).allMatch(Problem::isError);
        assertThat(problems.get(0).message()).contains("'priority: urgent'").contains("must (must have)")
                .contains("should (should have)").contains("nice (nice to have)");
        assertThat(problems.get(1).message()).contains("'status: maybe'").contains("planned").contains("shot")
                .contains("cut").contains("pickup (pick-up)");
    }

    @Test
    void theWriterUsesTheShortCameraFormWhereItReadsBack() {
        Shot shot = Shot.builder("4A").size("CU").camera("B").priority(Priority.SHOULD).status(Status.CUT).build();
        String note = ShotNotes.writeShot(shot);
        assertThat(note).isEqualTo("SHOT 4A: CU | cam B | priority: should | status: cut");
        assertThat(read(note, new ArrayList<>())).contains(shot);

        Shot drone = Shot.builder("4B").camera("drone | 2").build();
        assertThat(ShotNotes.writeShot(drone)).isEqualTo("SHOT 4B: camera: drone \\| 2");
        assertThat(read(ShotNotes.writeShot(drone), new ArrayList<>())).contains(drone);
    }

    @Test
    void subjectsThatReadLikeACameraAreWrittenKeyed() {
        Shot shot = Shot.builder("1").subjects("A CAM").build();
        assertThat(read(ShotNotes.writeShot(shot), new ArrayList<>())).contains(shot);
    }

    @Test
    void theBuilderParsesClearsAndRefuses() {
        Shot shot = Shot.builder("1").camera("A").priority("must").status("pickup").build();
        assertThat(shot.priority()).contains(Priority.MUST);
        assertThat(shot.status()).contains(Status.PICKUP);
        Shot cleared = shot.toBuilder().camera(null).priority((Priority) null).status((Status) null).build();
        assertThat(cleared).isEqualTo(Shot.builder("1").build());
        assertThat(cleared).isNotEqualTo(shot);
        assertThatThrownBy(() -> Shot.builder("1").camera(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("camera");
        assertThatThrownBy(() -> Shot.builder("1").priority("urgent"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority")
                .hasMessageContaining("must");
        assertThatThrownBy(() -> Shot.builder("1").status((String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("status");
    }
}
