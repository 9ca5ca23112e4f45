package dev.slate.core;

import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.Direction;
import dev.slate.core.shot.Lens;
import dev.slate.core.shot.Movement;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.ShotSize;
import dev.slate.core.shot.Speed;

import dev.slate.core.testing.ScreenplayGen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

class ScreenplayBuilderTest {

    @Test
    void writesASceneWithItsShots() {
        Screenplay play = Screenplay.builder()
                .title("Love Lights My Way Back Home")
                .character("MRS. SHEN", "Lin Xiao's mother")
                .scene("EXT. ALLEY BEHIND THE OLD BRICK SCHOOL - AFTERNOON", scene -> scene
                        .action("Maple leaves. Motorbikes lean against the wall.")
                        .dialogue("MRS. SHEN (O.S.)", "(softly)", "Lin Xiao.")
                        .shot("2A", shot -> shot.size("cu").angle("low").move("dolly in slow").lens("50mm")
                                .subjects("MRS. SHEN").covers(0, 1)))
                .build();

        Scene scene = play.scenes().get(0);
        assertThat(scene.heading().prefix()).contains(SceneHeading.Prefix.EXT);
        assertThat(scene.heading().location()).isEqualTo("ALLEY BEHIND THE OLD BRICK SCHOOL");
        assertThat(scene.heading().timeOfDay()).contains("AFTERNOON");
        Dialogue dialogue = (Dialogue) scene.elements().get(1);
        assertThat(dialogue.character()).isEqualTo("MRS. SHEN");
        assertThat(dialogue.extensions()).containsExactly("O.S.");
        assertThat(dialogue.parts()).hasSize(2).first().isInstanceOf(Dialogue.Parenthetical.class);
        Shot shot = scene.shots().get(0);
        assertThat(shot.size()).contains(ShotSize.CU);
        assertThat(shot.moves()).containsExactly(new CameraMove(Movement.DOLLY, java.util.Optional.of(Direction.IN),
                java.util.Optional.of(Speed.SLOW), java.util.Optional.empty()));
        assertThat(shot.lens()).contains(Lens.prime(50));
        assertThat(play.characters()).containsExactly("MRS. SHEN");
    }

    @Test
    void readsHeadingsAsWritersWriteThem() {
        SceneHeading dashed = SceneHeading.parse("INT - HOUSE - DAY");
        assertThat(dashed.prefix()).contains(SceneHeading.Prefix.INT);
        assertThat(dashed.location()).isEqualTo("HOUSE");
        assertThat(dashed.timeOfDay()).contains("DAY");
        SceneHeading noPlace = SceneHeading.parse("INT. - DAY");
        assertThat(noPlace.location()).isEmpty();
        assertThat(noPlace.timeOfDay()).contains("DAY");
        SceneHeading full = SceneHeading.parse("I/E. SCHOOL - ROOFTOP - LATE AFTERNOON");
        assertThat(full.prefix()).contains(SceneHeading.Prefix.I_E);
        assertThat(full.subLocation()).contains("ROOFTOP");
        assertThat(SceneHeading.parse("THE VOID").prefix()).isEmpty();
    }

    @Test
    void namesTheFieldAndTheAcceptedValuesOnABadTerm() {
        assertThatThrownBy(() -> Shot.builder("1").size("huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shot size 'huge'").hasMessageContaining("MCU");
        assertThatThrownBy(() -> Shot.builder("1").move("dolly sideways"))
                .hasMessageContaining("'sideways'");
        assertThatThrownBy(() -> Scene.builder("INT. ROOF - DAY").number("12 A").build())
                .hasMessageContaining("scene number");
        assertThatThrownBy(() -> new Action(null)).hasMessage("text must not be null");
    }

    @Test
    void toBuilderRoundTrips() {
        qt().forAll(ScreenplayGen.screenplays()).checkAssert(play -> {
            assertThat(play.toBuilder().build()).isEqualTo(play).hasSameHashCodeAs(play);
            for (Scene scene : play.scenes()) {
                assertThat(scene.toBuilder().build()).isEqualTo(scene);
                scene.shots().forEach(shot -> assertThat(shot.toBuilder().build()).isEqualTo(shot));
            }
        });
    }

    @Test
    void sceneAndShotNumbersFollowOneRule() {
        for (String text : new String[] {"12", "12A", "A-12.1", "3", "-1", ".5", "12 A", "12\u00C9", "\uFF11", ""}) {
            boolean valid = Scene.isValidNumber(text);
            assertThat(builds(() -> Scene.builder("INT. ROOM - DAY").number(text).build())).as(text).isEqualTo(valid);
            assertThat(builds(() -> Shot.builder(text).build())).as(text).isEqualTo(valid);
        }
        assertThat(Scene.isValidNumber("A-12.1")).isTrue();
        assertThat(Scene.isValidNumber("-1")).isFalse();
    }

    private static boolean builds(Runnable build) {
        try {
            build.run();
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
