package dev.slate.examples;

import dev.slate.core.Screenplay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoveLightsMyWayBackHomeTest {

    private final Screenplay play = LoveLightsMyWayBackHome.screenplay();

    @Test
    void validatesWithoutProblems() {
        assertThat(play.validate()).isEmpty();
    }

    @Test
    void hasTheRooftopAndTheAlleyWithTheirShots() {
        assertThat(play.scenes()).extracting(s -> s.heading().location())
                .containsExactly("SCHOOL ROOFTOP", "ALLEY BEHIND THE OLD BRICK SCHOOL");
        assertThat(play.scenes().get(0).shots()).extracting(s -> s.number())
                .containsExactly("1", "1A", "1B", "1C", "1D");
        assertThat(play.scenes().get(1).shots()).extracting(s -> s.number())
                .containsExactly("2", "2A", "2B", "2C", "2D", "2E", "2F", "2G", "2H");
        assertThat(play.characters()).containsExactly("JIAYI", "LIN XIAO", "CHEN WEI", "THIRD GIRL", "MRS. SHEN");
    }
}
