package dev.slate.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings read the way a 1st AD breaks them down: prefix, location, sub-location, time, modifiers, day/night. */
class SceneHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "INT HOUSE DAY                                 | INT     | HOUSE                  | -             | DAY",
            "EXT HOUSE DAY                                 | EXT     | HOUSE                  | -             | DAY",
            "EST HOUSE DAY                                 | EST     | HOUSE                  | -             | DAY",
            "I/E HOUSE DAY                                 | I_E     | HOUSE                  | -             | DAY",
            "I./E. BUS - DAY                               | I_E     | BUS                    | -             | DAY",
            "INT./EXT. CAR - MOVING - DAY                  | INT_EXT | CAR                    | MOVING        | DAY",
            "INT/EXT CAR - DAY                             | INT_EXT | CAR                    | -             | DAY",
            "INT. / EXT. CAR - DAY                         | INT_EXT | CAR                    | -             | DAY",
            "EXT/INT. SORORITY HOUSE - THE DOORWAY         | INT_EXT | SORORITY HOUSE         | THE DOORWAY   | -",
            "INT. HOUSE - KITCHEN                          | INT     | HOUSE                  | KITCHEN       | -",
            "int. kitchen - night                          | INT     | kitchen                | -             | night",
            "INT. SCHOOL ROOFTOP LATE AFTERNOON            | INT     | SCHOOL ROOFTOP         | -             | LATE AFTERNOON",
            "INT. HOUSE - KITCHEN - NIGHT                  | INT     | HOUSE                  | KITCHEN       | NIGHT",
            "INT. HOUSE - UPSTAIRS - BEDROOM - NIGHT       | INT     | HOUSE                  | UPSTAIRS - BEDROOM | NIGHT",
            "EXT. LIBRARY--DAY                             | EXT     | LIBRARY                | -             | DAY",
            "INT. SAN FRANCISCO APARTMENT, DAY             | INT     | SAN FRANCISCO APARTMENT | -            | DAY",
            "INT. BAXTER'S APARTMENT, LATER THAT EVENING   | INT     | BAXTER'S APARTMENT     | -             | LATER THAT EVENING",
            "INT. SOUTHERN EXPOSURE GALLERY, SOUTH OF MARKET | INT   | SOUTHERN EXPOSURE GALLERY, SOUTH OF MARKET | - | -",
            "EXT. BY THE RIVER - NIGHT - CONTINUOUS        | EXT     | BY THE RIVER           | -             | NIGHT - CONTINUOUS",
            "INT. WILL'S CAR - DAY / DRIVING               | INT     | WILL'S CAR             | -             | DAY / DRIVING",
            "INT. HOSPITAL - DAY ROOM - NIGHT              | INT     | HOSPITAL               | DAY ROOM      | NIGHT",
            "INT. TINY PARIS RESTAURANT (LA RUE 14°) - NIGHT (1998) | INT | TINY PARIS RESTAURANT (LA RUE 14°) | - | NIGHT",
            "INT. HALF-DARK PARIS APARTMENT - (PRESENT) DAY | INT    | HALF-DARK PARIS APARTMENT | -          | DAY",
            "INT. EDWARD'S CAR - NIGHT - [THE STORM]       | INT     | EDWARD'S CAR           | -             | NIGHT",
            "EXT. CAR (MOVING) - DAY                       | EXT     | CAR                    | -             | DAY",
            "INT. OFFICE                                   | INT     | OFFICE                 | -             | -",
            "INT. - DAY                                    | INT     | ''                     | -             | DAY",
            "INTERIOR DESIGN                               | -       | INTERIOR DESIGN        | -             | -",
    })
    void readsTheParts(String text, String prefix, String location, String sub, String time) {
        SceneHeading heading = SceneHeading.parse(text);
        assertThat(heading.text()).isEqualTo(text);
        assertThat(heading.prefix().map(Enum::name)).isEqualTo(Optional.ofNullable(prefix));
        assertThat(heading.location()).isEqualTo(location);
        assertThat(heading.subLocation()).isEqualTo(Optional.ofNullable(sub));
        assertThat(heading.timeOfDay()).isEqualTo(Optional.ofNullable(time));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "INT. HOUSE - DAY                    | DAY",
            "INT. HOUSE - MORNING                | DAY",
            "INT. HOUSE - LATE AFTERNOON         | DAY",
            "EXT. FIELD - DAWN                   | DAY",
            "EXT. SPECTRE - MAGIC HOUR           | DAY",
            "EXT. SWAMP - ANOTHER DAY            | DAY",
            "INT. KITCHEN - PRESENT DAY          | DAY",
            "EXT. HOUSE - DAY TO NIGHT           | DAY",
            "INT. HOUSE - NIGHT                  | NIGHT",
            "EXT. TREE - DUSK                    | NIGHT",
            "INT. HOUSE - EVENING                | NIGHT",
            "EXT. FIELD - PRE-DAWN               | NIGHT",
            "INT. HOUSE - NIGHT (FLASHBACK)      | NIGHT",
            "EXT. YARD - NIGHT [CONTINUOUS]      | NIGHT",
            "EXT. RIVER - NIGHT - CONTINUOUS     | NIGHT",
            "INT. APARTMENT, LATER THAT EVENING  | NIGHT",
            "INT. HOUSE - CONTINUOUS             | -",
            "INT. HOUSE - MOMENTS LATER          | -",
            "INT. OFFICE                         | -",
            "EXT. ПЛОЩАДЬ - ДЕНЬ                 | DAY",
            "EXT. PLACE DE LA CONCORDE - NUIT    | NIGHT",
            "EXT. FURTHER ALONG - ROUGH PATH     | -",
    })
    void givesTheDayOrNightOfItsTime(String text, DayNight expected) {
        assertThat(SceneHeading.parse(text).dayNight()).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void keepsModifiersApart() {
        assertThat(SceneHeading.parse("INT. HOUSE - NIGHT (FLASHBACK) (1979)").modifiers())
                .containsExactly("FLASHBACK", "1979");
        assertThat(SceneHeading.parse("EXT. CAR (MOVING) - DAY").modifiers()).containsExactly("MOVING");
        assertThat(SceneHeading.parse("INT. BATHROOM - DAY [FLASHFORWARD]").modifiers()).containsExactly("FLASHFORWARD");
        assertThat(SceneHeading.parse("INT. TINY PARIS RESTAURANT (LA RUE 14°) - NIGHT (1998)").modifiers())
                .containsExactly("1998");
        assertThat(SceneHeading.parse("INT. HOUSE - NIGHT (FLASHBACK)").timeOfDay()).contains("NIGHT");
    }

    @Test
    void continuingTimesTakeTheValueOfTheSceneTheyContinue() {
        Screenplay play = Screenplay.builder()
                .scene("INT. HOUSE - CONTINUOUS", s -> s.action("Nothing before it."))
                .scene("INT. HOUSE - NIGHT", s -> s.action("Dark."))
                .scene("INT. HALLWAY - CONTINUOUS", s -> s.action("Still dark."))
                .scene("INT. OFFICE", s -> s.action("No time."))
                .scene("INT. OFFICE, MOMENTS LATER", s -> s.action("Later."))
                .scene("EXT. GARDEN - MORNING", s -> s.action("Light."))
                .scene("EXT. GARDEN - SAME", s -> s.action("Same."))
                .build();
        assertThat(play.dayNights()).isEqualTo(List.of(Optional.empty(), Optional.of(DayNight.NIGHT),
                Optional.of(DayNight.NIGHT), Optional.empty(), Optional.of(DayNight.NIGHT), Optional.of(DayNight.DAY),
                Optional.of(DayNight.DAY)));
        assertThat(play.scenes().get(2).heading().continuesTime()).isTrue();
        assertThat(play.scenes().get(1).heading().continuesTime()).isFalse();
    }
}
