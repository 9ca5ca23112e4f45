package dev.slate.core.schedule.internal;

import dev.slate.core.shot.Shot;
import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ShootingDay;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Packs work, in the order given, into shooting days of the planned length. */
public final class Packer {

    private final ScheduleRates rates;
    private final LocalTime dayCall;
    private final LocalTime nightCall;
    private final int capacity;
    private final int mealAfter;

    /** A packer for days of the rates' length with these calls. */
    public Packer(ScheduleRates rates, LocalTime dayCall, LocalTime nightCall) {
        this.rates = rates;
        this.dayCall = dayCall;
        this.nightCall = nightCall;
        this.capacity = (int) rates.dayLength().toMinutes();
        this.mealAfter = (int) rates.mealAfter().toMinutes();
    }

    /**
     * The days, numbered from {@code first}; with {@code nightApart}, night work starts a day of its
     * own (and a later call).
     */
    public List<ShootingDay> pack(List<Work> work, int first, boolean nightApart) {
        return packSplit(split(work), first, nightApart);
    }

    /** {@link #pack} of work already {@link #split}. */
    List<ShootingDay> packSplit(List<Work> work, int first, boolean nightApart) {
        List<ShootingDay> days = new ArrayList<>();
        for (Day day : fill(work, nightApart)) {
            days.add(day.build(first + days.size()));
        }
        return days;
    }

    /** The days being filled, for work already {@link #split}. */
    List<Day> fill(List<Work> work, boolean nightApart) {
        List<Day> days = new ArrayList<>();
        Day day = null;
        for (Work piece : work) {
            boolean nightSwitch = nightApart && day != null && day.night != piece.night();
            if (day == null || nightSwitch || !day.fits(piece)) {
                day = new Day(nightApart && piece.night());
                days.add(day);
            }
            day.add(piece);
        }
        return days;
    }

    /** Work that cannot fit an empty day with its meal, split by shots: a setup's shots together where they fit. */
    List<Work> split(List<Work> work) {
        int room = capacity - rates.mealMinutes();
        List<Work> out = new ArrayList<>();
        for (Work w : work) {
            if (w.minutes() <= room || w.shots().size() < 2) {
                out.add(w);
                continue;
            }
            Map<String, List<Shot>> bySetup = new LinkedHashMap<>();
            w.shots().forEach(s -> bySetup.computeIfAbsent(EntryShots.setupKey(w.scene(), s), k -> new ArrayList<>()).add(s));
            List<Shot> chunk = new ArrayList<>();
            for (List<Shot> setup : bySetup.values()) {
                if (minutes(w, joined(chunk, setup)) <= room) {
                    chunk = joined(chunk, setup);
                    continue;
                }
                if (!chunk.isEmpty()) {
                    out.add(Work.part(w.scene(), chunk, rates));
                    chunk = new ArrayList<>();
                }
                if (minutes(w, setup) <= room) {
                    chunk = new ArrayList<>(setup);
                    continue;
                }
                for (Shot shot : setup) { // one setup alone is longer than a day: shot by shot
                    if (!chunk.isEmpty() && minutes(w, joined(chunk, List.of(shot))) > room) {
                        out.add(Work.part(w.scene(), chunk, rates));
                        chunk = new ArrayList<>();
                    }
                    chunk.add(shot);
                }
            }
            if (!chunk.isEmpty()) {
                out.add(Work.part(w.scene(), chunk, rates));
            }
        }
        return out;
    }

    private static List<Shot> joined(List<Shot> a, List<Shot> b) {
        List<Shot> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private int minutes(Work w, List<Shot> shots) {
        return Work.minutes(w.scene(), shots, false, rates);
    }

    /** A day being filled. */
    final class Day {
        final boolean night;
        final List<DayEntry> entries = new ArrayList<>();
        final BitSet cast = new BitSet();
        int moves;
        int elapsed;
        boolean fed;
        String location;

        Day(boolean night) {
            this.night = night;
        }

        /** The minutes the piece adds, with the move and meal it brings. */
        int cost(Work piece) {
            int cost = piece.minutes() + move(piece);
            if (!fed && elapsed + cost > mealAfter) {
                cost += rates.mealMinutes();
            }
            return cost;
        }

        int move(Work piece) {
            return location != null && !location.equals(piece.scene().location()) ? rates.moveMinutes() : 0;
        }

        boolean fits(Work piece) {
            return entries.isEmpty() || elapsed + cost(piece) <= capacity;
        }

        void add(Work piece) {
            int move = move(piece);
            boolean meal = !fed && elapsed + move + piece.minutes() > mealAfter;
            if (meal && elapsed > 0) {
                meal(); // before the move: the meal is due, and a move straight after it is common
            }
            if (move > 0) {
                entries.add(new DayEntry.CompanyMove(move, Optional.of(piece.scene().location())));
                elapsed += move;
                moves++;
            }
            piece.scene().cast().forEach(cast::set);
            entries.add(piece.entry());
            elapsed += piece.minutes();
            location = piece.scene().location();
            if (meal && !fed) {
                meal();
            }
        }

        void meal() {
            entries.add(new DayEntry.MealBreak(rates.mealMinutes()));
            elapsed += rates.mealMinutes();
            fed = true;
        }

        ShootingDay build(int number) {
            return new ShootingDay(number, Optional.empty(), Optional.of(night ? nightCall : dayCall),
                    Optional.of(Duration.ofMinutes(capacity)), Optional.empty(), entries);
        }
    }
}
