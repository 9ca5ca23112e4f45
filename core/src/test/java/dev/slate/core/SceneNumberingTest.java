package dev.slate.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SceneNumberingTest {

    private static final SceneNumbering RENUMBER = SceneNumbering.builder().build();
    private static final SceneNumbering KEEP = SceneNumbering.builder().keepNumbers(true).build();

    /**
     * Scenes written as their numbers: {@code "12!"} is locked 12, {@code "12"} unlocked 12,
     * {@code "-"} a scene without a number.
     */
    private static Screenplay scenes(String... numbers) {
        Screenplay.Builder play = Screenplay.builder();
        for (String number : numbers) {
            Scene.Builder scene = Scene.builder("INT. KITCHEN - DAY").action("Steam.");
            if (!number.equals("-")) {
                scene.number(number.replace("!", "")).locked(number.endsWith("!"));
            }
            play.scene(scene.build());
        }
        return play.build();
    }

    private static List<String> numbers(Screenplay play) {
        List<String> numbers = new ArrayList<>();
        play.scenes().forEach(s -> numbers.add(s.number().orElse("-")));
        return numbers;
    }

    @Test
    void numbersAllScenesInOrder() {
        assertThat(numbers(RENUMBER.apply(scenes("-", "7", "-", "3A")))).containsExactly("1", "2", "3", "4");
    }

    @Test
    void keepsLockedNumbersAndLettersScenesInsertedAfterThem() {
        assertThat(numbers(RENUMBER.apply(scenes("12!", "-", "-", "13!")))).containsExactly("12", "12A", "12B", "13");
        assertThat(numbers(RENUMBER.apply(scenes("-", "-", "3!", "-", "5!", "-"))))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(numbers(RENUMBER.apply(scenes("12!", "-", "-", "14!")))).containsExactly("12", "13", "13A", "14");
    }

    @Test
    void fitsASceneBetweenANumberAndItsFirstLetter() {
        assertThat(numbers(RENUMBER.apply(scenes("12!", "-", "-", "12A!"))))
                .containsExactly("12", "12aA", "12aB", "12A");
        assertThat(numbers(KEEP.apply(scenes("12A", "-", "12B")))).containsExactly("12A", "12AA", "12B");
        assertThat(numbers(KEEP.apply(scenes("12A", "-", "12AA")))).containsExactly("12A", "12AaA", "12AA");
    }

    @Test
    void prefixesScenesBeforeTheFirstNumber() {
        assertThat(numbers(KEEP.apply(scenes("-", "-", "1", "2")))).containsExactly("A1", "B1", "1", "2");
        assertThat(numbers(RENUMBER.apply(scenes("-", "1!")))).containsExactly("A1", "1");
    }

    @Test
    void keepingNumbersLettersOnlyTheNewScenes() {
        assertThat(numbers(KEEP.apply(scenes("1", "2", "-", "3", "-", "-"))))
                .containsExactly("1", "2", "2A", "3", "4", "5");
        assertThat(numbers(KEEP.apply(scenes("-", "-")))).containsExactly("1", "2");
    }

    @Test
    void lettersSkipIAndOAndGoOnAfterZ() {
        String[] numbers = new String[27];
        numbers[0] = "1!";
        for (int i = 1; i < 26; i++) {
            numbers[i] = "-";
        }
        numbers[26] = "2!";
        List<String> result = numbers(RENUMBER.apply(scenes(numbers)));
        assertThat(result.subList(0, 10)).containsExactly("1", "1A", "1B", "1C", "1D", "1E", "1F", "1G", "1H", "1J");
        assertThat(result).doesNotContain("1I", "1O")
                .containsSubsequence("1N", "1P")
                .endsWith("1Y", "1Z", "1ZA", "2");
    }

    @Test
    void newNumbersAvoidNumbersInUseEvenOutOfOrder() {
        assertThat(numbers(RENUMBER.apply(scenes("5!", "-", "3!", "5A!")))).containsExactly("5", "6", "3", "5A");
        assertThat(numbers(KEEP.apply(scenes("4", "-", "4A", "4")))).containsExactly("4", "4aA", "4A", "4");
    }

    @Test
    void canLockTheNumbers() {
        Screenplay locked = SceneNumbering.builder().lock(true).build().apply(scenes("-", "-"));
        assertThat(locked.scenes()).allMatch(Scene::numberLocked);
        assertThat(numbers(RENUMBER.apply(locked.toBuilder().scene(scenes("-").scenes().get(0)).build())))
                .containsExactly("1", "2", "3");
        Screenplay inserted = locked.toBuilder().scenes(List.of(locked.scenes().get(0),
                scenes("-").scenes().get(0), locked.scenes().get(1))).build();
        assertThat(numbers(RENUMBER.apply(inserted))).containsExactly("1", "1A", "2");
    }

    @Test
    void aLockWithoutANumberIsDropped() {
        Screenplay play = Screenplay.builder()
                .scene("INT. KITCHEN - DAY", s -> s.locked(true).action("Steam."))
                .scene("INT. KITCHEN - DAY", s -> s.number("1").locked(true).action("Steam."))
                .build();
        Screenplay numbered = RENUMBER.apply(play);
        assertThat(numbers(numbered)).containsExactly("A1", "1");
        assertThat(numbered.scenes()).extracting(Scene::numberLocked).containsExactly(false, true);
        assertThat(RENUMBER.apply(numbered)).isEqualTo(numbered);
    }

    @Test
    void isIdempotentAndChangesOnlyNumbers() {
        Screenplay play = Screenplay.builder()
                .scene("INT. KITCHEN - DAY", s -> s.number("9").action("Steam.").shot("9", b -> b.covers(0, 0)))
                .scene("EXT. ROOF - NIGHT", s -> s.number("4").locked(true).dialogue("DANA", "Hi."))
                .build();
        Screenplay once = RENUMBER.apply(play);
        assertThat(RENUMBER.apply(once)).isEqualTo(once);
        assertThat(KEEP.apply(once)).isEqualTo(once);
        assertThat(numbers(once)).containsExactly("1", "4");
        for (int s = 0; s < play.scenes().size(); s++) {
            Scene before = play.scenes().get(s);
            Scene after = once.scenes().get(s);
            assertThat(after.toBuilder().number(before.number().orElse(null)).build()).isEqualTo(before);
        }
    }
}
