package dev.slate.core.schedule;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.core.ReadResult;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ScheduleNotationTest {

    @Test
    void aDayReadsAsAnADWritesIt() {
        ScheduleNotation.Reading reading = ScheduleNotation.read(
                "DAY 2: Tue 2027-03-02 | call 6:30 | 11h30 | unit: 2nd unit | scenes 1, 2 | Lunch 45 min"
                        + " | company move 20 min to SCHOOL ROOFTOP | sc. 3: shots 3A, 3B | scene 4: setup B (50 min)");
        assertThat(reading.issues()).isEmpty();
        ShootingDay day = reading.day().orElseThrow();
        assertThat(day.number()).isEqualTo(2);
        assertThat(day.date()).contains(LocalDate.of(2027, 3, 2));
        assertThat(day.call()).contains(LocalTime.of(6, 30));
        assertThat(day.length()).contains(Duration.ofMinutes(690));
        assertThat(day.unit()).contains("2nd unit");
        assertThat(day.entries()).containsExactly(
                DayEntry.SceneWork.whole("1"), DayEntry.SceneWork.whole("2"), new DayEntry.MealBreak(45),
                new DayEntry.CompanyMove(20, Optional.of("SCHOOL ROOFTOP")),
                DayEntry.SceneWork.shots("3", List.of("3A", "3B")),
                new DayEntry.SceneWork("4", List.of(), List.of("B"), OptionalInt.of(50)));
        assertThat(ScheduleNotation.format(day)).isEqualTo("DAY 2: Tue 2027-03-02 | call 06:30 | 11h30 | unit: 2nd unit\n"
                + "  | scenes 1, 2\n  | meal 45 min\n  | move 20 min to SCHOOL ROOFTOP\n  | scene 3: shots 3A, 3B\n"
                + "  | scene 4: setup B (50 min)");
    }

    @Test
    void aShortDayStaysOnOneLine() {
        ShootingDay day = ShootingDay.of(1, List.of(DayEntry.SceneWork.whole("1"), new DayEntry.MealBreak(60)));
        assertThat(ScheduleNotation.format(day)).isEqualTo("DAY 1 | scene 1 | meal 60 min");
    }

    @Test
    void onlyDayNotesAreDays() {
        assertThat(ScheduleNotation.isDay("DAY 1")).isTrue();
        assertThat(ScheduleNotation.isDay("DAY 12: 2027-03-01 | scene 1")).isTrue();
        assertThat(ScheduleNotation.isDay("DAY 2 needs rain")).isFalse();
        assertThat(ScheduleNotation.isDay("Day 2 | scene 1")).isFalse();
        assertThat(ScheduleNotation.isDay("SHOT 1: CU")).isFalse();
    }

    @Test
    void mistakesNameWhereTheyAre() {
        ScheduleNotation.Reading reading = ScheduleNotation.read("DAY 1: Wed 2027-03-01 | call 25:00 | scene 1 | dinner");
        assertThat(reading.issues()).extracting(ScheduleNotation.Issue::offset).containsExactly(7, 24, 47);
        assertThat(reading.issues().get(0).message()).contains("Monday");
        assertThat(reading.issues().get(2).message()).contains("'dinner' is not part of a day");
        assertThat(reading.day().orElseThrow().entries()).containsExactly(DayEntry.SceneWork.whole("1"));
        assertThat(ScheduleNotation.read("DAY x").day()).isEmpty();
    }

    @Test
    void problemsInADayNoteHaveItsLineAndColumn() {
        ReadResult read = FountainReader.create().read("INT. ROOF - DAY\n\nWind.\n\n[[DAY 1 | scene 1 | scene 9]]\n\n"
                + "[[DAY 2 | call soon]]\n");
        List<dev.slate.core.Problem> problems = new ArrayList<>(ScheduleCheck.of(read.screenplay(), read.sourceMap()));
        assertThat(problems).extracting(p -> p.code() + "@" + p.location().line().orElse(0) + ":"
                        + p.location().column().orElse(0))
                .containsExactly(ScheduleCodes.MALFORMED_DAY + "@7:11", ScheduleCodes.UNKNOWN_SCENE + "@5:27");
    }

    @Test
    void writingAndReadingADayIsAFixedPoint() {
        qt().withExamples(300).forAll(days()).checkAssert(day -> {
            String text = ScheduleNotation.format(day);
            ScheduleNotation.Reading reading = ScheduleNotation.read(text);
            assertThat(reading.issues()).as(text).isEmpty();
            assertThat(reading.day()).as(text).contains(day);
            assertThat(ScheduleNotation.format(reading.day().get())).isEqualTo(text);
        });
    }

    @Test
    void theDaysGoThroughAFountainFileUnchanged() {
        qt().withExamples(100).forAll(days(), days()).checkAssert((one, two) -> {
            Screenplay play = ScheduleNotes.append(Screenplay.builder().scene("INT. ROOF - DAY", s -> s.action("Wind."))
                    .build(), List.of(one, two.withNumber(one.number() + 1)));
            String written = FountainWriter.create().write(play);
            ReadResult read = FountainReader.create().read(written);
            assertThat(read.problems()).isEmpty();
            ScheduleNotes.Read days = ScheduleNotes.read(read.screenplay());
            assertThat(days.problems()).isEmpty();
            assertThat(days.schedule().days()).containsExactly(one, two.withNumber(one.number() + 1));
            assertThat(FountainWriter.create().write(read.screenplay())).isEqualTo(written);
        });
    }

    static Gen<ShootingDay> days() {
        Gen<String> token = Generate.pick(List.of("1", "2", "12A", "3", "A12", "7B", "100"));
        Gen<String> name = Generate.pick(List.of("SCHOOL ROOFTOP", "2nd unit", "the old mill | yard", "back\\lot",
                "a (big) place, west"));
        Gen<DayEntry> entry = integers().between(0, 5).zip(token, token, integers().between(0, 240), name,
                (kind, a, b, minutes, place) -> switch (kind) {
                    case 0 -> DayEntry.SceneWork.whole(a);
                    case 1 -> DayEntry.SceneWork.shots(a, a.equals(b) ? List.of(b) : List.of(a, b));
                    case 2 -> new DayEntry.SceneWork(a, List.of(), List.of(b), OptionalInt.of(minutes));
                    case 3 -> new DayEntry.MealBreak(minutes);
                    case 4 -> new DayEntry.CompanyMove(minutes, minutes % 2 == 0 ? Optional.of(place) : Optional.empty());
                    default -> new DayEntry.SceneWork(a, List.of(), List.of(), OptionalInt.of(minutes));
                });
        Gen<List<DayEntry>> entries = integers().between(0, 12).zip(entry.describedAs(Object::toString),
                (n, e) -> n).flatMap(n -> listOf(entry, n));
        return integers().between(1, 400).zip(integers().between(0, 1000), integers().between(0, 24 * 60 - 1),
                integers().between(1, 24 * 60), entries, (number, date, call, length, es) -> new ShootingDay(number,
                        date % 3 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2027, 1, 1).plusDays(date)),
                        call % 4 == 0 ? Optional.empty() : Optional.of(LocalTime.of(call / 60, call % 60)),
                        length % 5 == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(length)),
                        number % 3 == 0 ? Optional.of(number % 2 == 0 ? "2nd unit" : "splinter | B") : Optional.empty(),
                        es));
    }

    private static Gen<List<DayEntry>> listOf(Gen<DayEntry> entry, int n) {
        return in -> {
            List<DayEntry> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(entry.generate(in));
            }
            return out;
        };
    }
}
