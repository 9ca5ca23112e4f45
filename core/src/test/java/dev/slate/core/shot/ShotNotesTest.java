package dev.slate.core.shot;

import dev.slate.core.CastMember;
import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The shot and cast notes read and written on their own, as a format other than Fountain uses them. */
class ShotNotesTest {

    @Test
    void readsAShotNoteAsWritten() {
        List<Problem> problems = new ArrayList<>();
        Optional<Shot> shot = ShotNotes.readShot("SHOT 2B: CU, low angle, dolly in slow, 50mm | MRS. SHEN"
                + " | her bare foot on the red pavement | setup B | 3 min", Location.DOCUMENT, problems::add);

        assertThat(problems).isEmpty();
        assertThat(shot).contains(Shot.builder("2B").size("CU").angle("low").move("dolly in slow").lens("50mm")
                .subjects("MRS. SHEN").description("her bare foot on the red pavement").setup("B")
                .shootingMinutes(3).build());
    }

    @Test
    void reportsAMalformedShotNoteWithItsLocation() {
        List<Problem> problems = new ArrayList<>();
        Location where = Location.source(12, 1);

        assertThat(ShotNotes.readShot("SHOT ?: CU", where, problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ShotNotes.MALFORMED_SHOT);
            assertThat(p.location()).isEqualTo(where);
        });
    }

    @Test
    void everyGeneratedShotReadsBackAsWrittenButForItsCoverage() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            for (Scene scene : play.scenes()) {
                for (Shot shot : scene.shots()) {
                    String note = ShotNotes.writeShot(shot);
                    assertThat(ShotNotes.isShot(note)).isTrue();
                    assertThat(ShotNotes.readShot(note, Location.DOCUMENT, p -> { }))
                            .contains(shot.toBuilder().coverage(null).build());
                }
            }
        });
    }

    @Test
    void everyGeneratedCastMemberReadsBackAsWritten() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            for (CastMember member : play.cast()) {
                String note = ShotNotes.writeCast(member);
                assertThat(ShotNotes.isCast(note)).isTrue();
                assertThat(ShotNotes.readCast(note, Location.DOCUMENT, p -> { })).contains(member);
            }
        });
    }

    @Test
    void endNotesListTheShotsTheyClose() {
        String note = ShotNotes.writeEnd(List.of("2B", "2C"));

        assertThat(note).isEqualTo("END SHOT 2B, 2C");
        assertThat(ShotNotes.isEnd(note)).isTrue();
        assertThat(ShotNotes.isShot(note)).isFalse();
        assertThat(ShotNotes.readEnd(note)).containsExactly("2B", "2C");
        assertThatThrownBy(() -> ShotNotes.writeEnd(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbers");
    }
}
