package dev.slate.core.testing;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.shot.FocusChange;
import dev.slate.core.shot.Lens;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.shot.Shot;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.slate.core.testing.ScreenplayGen.between;
import static dev.slate.core.testing.ScreenplayGen.chance;
import static dev.slate.core.testing.ScreenplayGen.pick;

/**
 * Generators of screenplays that the model accepts but no writer would write: empty and blank texts,
 * headings that are only a prefix, dialogue without speech, lenses of 0 mm or 10^300 mm, extreme
 * frame rates, coverage far past the scene, duplicate and strange numbers, casts whose aliases
 * collide. Every entry point (validation, numbering, reports, renderers) must survive them.
 */
public final class OddScreenplayGen {

    static final List<String> TEXTS = List.of("", " ", "\n", "\n\n\n", "\t", "x", "(", ")", "()", "ü ß ç 漢字",
            "INT.", "word ".repeat(200), "a\u0000b", "\u200b", "--", "CUT TO:");
    static final List<String> HEADINGS = List.of("INT.", "EXT. - ", "I/E", "INT. - DAY", "INT. -- NIGHT", "EST.",
            "X", "INT./EXT. A - B - C - D - DAY", "OMITTED", "ext. roof - day", "INT. " + "HALL ".repeat(60) + "- DAY",
            "漢字", "INT. KITCHEN");
    static final List<String> NUMBERS = List.of("0", "1", "1", "1A", "1a", "A1", "aA1", "12", "12aA", "Z9Z", "0012",
            "1.5", "X-2", "A", "999999999999999", "99999999999999999999", "12I", "12O", "12z");
    static final List<String> NAMES = List.of("JIAYI", "jiayi", " JIAYI ", "MOM", "X", "ü", "A (B)", "DANA");
    static final List<Double> MILLIMETRES = List.of(0.0, -0.0, Double.MIN_VALUE, -35.0, 0.5, 2000.0, 2000.0001,
            1e300, -Double.MAX_VALUE, Double.MAX_VALUE);
    static final List<Double> FRAME_RATES = List.of(0.0, -0.0, 0.999, 1.0, 1000.0, 1000.001, -Double.MAX_VALUE,
            Double.MAX_VALUE, Double.MIN_VALUE);

    private OddScreenplayGen() {
    }

    /** Screenplays of up to 5 scenes of up to 6 elements and 5 shots, full of odd values. */
    public static Gen<Screenplay> screenplays() {
        return OddScreenplayGen::screenplay;
    }

    private static Screenplay screenplay(RandomnessSource in) {
        Screenplay.Builder b = Screenplay.builder();
        if (chance(in, 50)) {
            b.titleField(pick(in, List.of("Title", "title", "X")), pick(in, TEXTS));
        }
        int cast = between(in, 0, 4);
        for (int i = 0; i < cast; i++) {
            b.castMember(new CastMember(pick(in, NAMES),
                    chance(in, 30) ? Optional.of(pick(in, TEXTS)) : Optional.empty(),
                    chance(in, 40) ? List.of(pick(in, NAMES)) : List.of(),
                    chance(in, 30) ? OptionalInt.of(between(in, 1, 3)) : OptionalInt.empty()));
        }
        int preamble = between(in, 0, 2);
        for (int e = 0; e < preamble; e++) {
            b.element(element(in));
        }
        int scenes = between(in, 0, 5);
        for (int s = 0; s < scenes; s++) {
            b.scene(scene(in));
        }
        return b.build();
    }

    private static Scene scene(RandomnessSource in) {
        Scene.Builder scene = Scene.builder(pick(in, HEADINGS));
        if (chance(in, 70)) {
            scene.number(pick(in, NUMBERS));
        }
        scene.locked(chance(in, 40));
        int elements = between(in, 0, 6);
        for (int e = 0; e < elements; e++) {
            scene.element(element(in));
        }
        int shots = between(in, 0, 5);
        for (int k = 0; k < shots; k++) {
            scene.shot(shot(in));
        }
        return scene.build();
    }

    private static Element element(RandomnessSource in) {
        return switch (between(in, 0, 9)) {
            case 0 -> Action.of(pick(in, TEXTS));
            case 1 -> new Action(StyledText.EMPTY);
            case 2, 3 -> dialogue(in);
            case 4 -> new DualDialogue(dialogue(in), dialogue(in));
            case 5 -> Transition.of(pick(in, TEXTS));
            case 6 -> CenteredText.of(pick(in, TEXTS));
            case 7 -> Lyrics.of(pick(in, TEXTS));
            case 8 -> pick(in, List.of(new PageBreak(), new Note(pick(in, TEXTS)), new Synopsis(pick(in, TEXTS))));
            default -> new Section(pick(in, List.of(1, 2, Integer.MAX_VALUE)), pick(in, TEXTS));
        };
    }

    private static Dialogue dialogue(RandomnessSource in) {
        Dialogue.Builder d = Dialogue.builder(pick(in, NAMES));
        int parts = between(in, 0, 3);
        for (int p = 0; p < parts; p++) {
            if (chance(in, 50)) {
                d.speech(pick(in, TEXTS));
            } else {
                d.parenthetical(pick(in, TEXTS));
            }
        }
        return d.build();
    }

    private static Shot shot(RandomnessSource in) {
        Shot.Builder s = Shot.builder(pick(in, NUMBERS));
        if (chance(in, 60)) {
            double a = pick(in, MILLIMETRES);
            double c = pick(in, MILLIMETRES);
            s.lens(Lens.zoom(Math.min(a, c), Math.max(a, c)));
        }
        if (chance(in, 50)) {
            s.frameRate(pick(in, FRAME_RATES));
        }
        if (chance(in, 60)) {
            s.subjects(pick(in, NAMES), pick(in, NAMES));
        }
        if (chance(in, 50)) {
            int first = pick(in, List.of(0, 1, 5, Integer.MAX_VALUE));
            s.coverage(new Coverage(first, Math.max(first, pick(in, List.of(0, 3, Integer.MAX_VALUE)))));
        }
        if (chance(in, 50)) {
            s.shootingMinutes(pick(in, List.of(0, 1, Integer.MAX_VALUE)));
            s.setupMinutes(pick(in, List.of(0, Integer.MAX_VALUE)));
        }
        if (chance(in, 30)) {
            s.screenTime(pick(in, List.of(Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE))));
        }
        if (chance(in, 20)) {
            s.focus(new FocusChange(pick(in, NAMES), pick(in, NAMES)));
        }
        s.description(pick(in, TEXTS));
        return s.build();
    }
}
