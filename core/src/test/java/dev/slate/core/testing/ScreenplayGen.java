package dev.slate.core.testing;

import dev.slate.core.Action;
import dev.slate.core.shot.Angle;
import dev.slate.core.shot.Audio;
import dev.slate.core.shot.CameraMove;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.shot.Direction;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.shot.Framing;
import dev.slate.core.shot.Lens;
import dev.slate.core.Lyrics;
import dev.slate.core.shot.Movement;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Priority;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Status;
import dev.slate.core.shot.ShotSize;
import dev.slate.core.shot.Speed;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Transition;
import dev.slate.core.internal.SlateLetters;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Generators of screenplays for property tests, shared by every module's tests through core's
 * test-jar. The documents are ones a writer could write: realistic words, upper-case names, shots
 * whose subjects are in the cast. Sizes are tunable so that renderer tests can ask for long scripts.
 */
public final class ScreenplayGen {

    static final List<String> WORDS = List.of("the", "rain", "stained", "concrete", "roof", "she", "holds",
            "her", "phone", "blue", "case", "maple", "leaves", "crunch", "alley", "brick", "school", "mother",
            "daughter", "walks", "stops", "turns", "quietly", "light", "dust", "shoe", "heel", "crack", "pavement",
            "wind", "horizon", "hand", "arm", "broom", "handle", "fist", "tie", "scarf", "brooch", "pearl",
            "velvet", "burgundy", "why", "you", "never", "listen", "home", "safe", "wanted", "just", "I", "we",
            "are", "not", "done", "yet", "okay", "stay", "go", "afternoon", "late", "slowly", "again", "nothing");
    static final List<String> NAMES = List.of("JIAYI", "LIN XIAO", "CHEN WEI", "MRS. SHEN", "THIRD GIRL", "DANA",
            "EDWARD", "WILL", "SANDRA");
    static final List<String> PLACES = List.of("SCHOOL ROOFTOP", "ALLEY", "KITCHEN", "BUS STOP", "CLASSROOM",
            "STAIRWELL", "STREET");
    static final List<String> TIMES = List.of("DAY", "NIGHT", "LATE AFTERNOON", "CONTINUOUS", "LATER",
            "MOMENTS LATER", "DAWN");

    private final int maxScenes;
    private final int maxElements;

    private ScreenplayGen(int maxScenes, int maxElements) {
        this.maxScenes = maxScenes;
        this.maxElements = maxElements;
    }

    /** Short screenplays: up to 6 scenes of up to 12 elements, with shots. */
    public static Gen<Screenplay> screenplays() {
        return sized(6, 12);
    }

    /** Screenplays of up to {@code maxScenes} scenes of up to {@code maxElements} elements each. */
    public static Gen<Screenplay> sized(int maxScenes, int maxElements) {
        ScreenplayGen gen = new ScreenplayGen(maxScenes, maxElements);
        return gen::screenplay;
    }

    /**
     * Short screenplays whose scenes are numbered as in a production's life: some without a number,
     * some locked (locked numbers always increase: 3, 3A, 3B, 5), some unlocked and possibly
     * duplicated or out of order.
     */
    public static Gen<Screenplay> numbered() {
        Gen<Screenplay> plays = screenplays();
        return in -> renumbered(in, plays.generate(in));
    }

    private static Screenplay renumbered(RandomnessSource in, Screenplay play) {
        List<Scene> scenes = new ArrayList<>();
        int base = 0;
        int letter = 0;
        for (Scene scene : play.scenes()) {
            int kind = between(in, 0, 99);
            Scene.Builder b = scene.toBuilder().locked(false).number(null);
            if (kind < 30) {
                // 0: the next letter (up to Z, so that the numbers keep increasing), else a whole number.
                int step = base == 0 || letter == 24 ? between(in, 1, 2) : between(in, 0, 2);
                base += step;
                letter = step == 0 ? letter + 1 : 0;
                b.number(base + SlateLetters.nth(letter)).locked(true);
            } else if (kind < 70) {
                b.number(between(in, 1, 9) + (chance(in, 20) ? "A" : ""));
            }
            scenes.add(b.build());
        }
        return play.toBuilder().scenes(scenes).build();
    }

    private Screenplay screenplay(RandomnessSource in) {
        Screenplay.Builder b = Screenplay.builder();
        if (chance(in, 70)) {
            b.title(words(in, 1, 4).toUpperCase(java.util.Locale.ROOT));
            b.credit("Written by");
            b.author(capitalized(words(in, 2, 2)));
            if (chance(in, 50)) {
                b.draftDate("2026-11-26");
            }
        }
        int castSize = between(in, 1, 5);
        List<String> cast = new ArrayList<>();
        for (int i = 0; i < castSize; i++) {
            String name = NAMES.get((i + between(in, 0, NAMES.size() - 1)) % NAMES.size());
            if (!cast.contains(name)) {
                cast.add(name);
                CastMember member = chance(in, 50) ? CastMember.of(name, words(in, 2, 6)) : CastMember.of(name);
                b.castMember(chance(in, 30) ? member.withNumber(cast.size()) : member);
            }
        }
        if (chance(in, 30)) {
            b.transition("FADE IN:");
        }
        int scenes = between(in, 1, maxScenes);
        for (int s = 0; s < scenes; s++) {
            b.scene(scene(in, s, cast));
        }
        return b.build();
    }

    private Scene scene(RandomnessSource in, int index, List<String> cast) {
        SceneHeading heading = SceneHeading.of(pick(in, List.of(SceneHeading.Prefix.values())), pick(in, PLACES),
                chance(in, 30) ? words(in, 1, 2).toUpperCase(java.util.Locale.ROOT) : null, pick(in, TIMES));
        Scene.Builder scene = Scene.builder(heading);
        if (chance(in, 60)) {
            scene.number(Integer.toString(index + 1) + (chance(in, 10) ? "A" : ""));
        }
        int elements = between(in, 1, maxElements);
        for (int e = 0; e < elements; e++) {
            scene.element(element(in, cast));
        }
        int count = between(in, 0, 4);
        List<Shot> shots = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            shots.add(shot(in, Integer.toString(n + 1), cast, elements));
        }
        // Shots in script order, as a script lists them: by the first element covered, those
        // covering nothing in particular with the first (a stable sort keeps the rest as generated).
        shots.sort(java.util.Comparator.comparingInt(s -> s.coverage().map(Coverage::first).orElse(0)));
        return scene.shots(shots).build();
    }

    private Element element(RandomnessSource in, List<String> cast) {
        int kind = between(in, 0, 99);
        if (kind < 40) {
            return new Action(paragraphs(in));
        }
        if (kind < 80) {
            return dialogue(in, cast);
        }
        if (kind < 86) {
            return new DualDialogue(dialogue(in, cast), dialogue(in, cast));
        }
        if (kind < 93) {
            return Transition.of(pick(in, List.of("CUT TO:", "DISSOLVE TO:", "SMASH CUT TO:")));
        }
        if (kind < 97) {
            return CenteredText.of(words(in, 1, 4).toUpperCase(java.util.Locale.ROOT));
        }
        return Lyrics.of(capitalized(words(in, 3, 8)));
    }

    private Dialogue dialogue(RandomnessSource in, List<String> cast) {
        Dialogue.Builder d = Dialogue.builder(pick(in, cast));
        if (chance(in, 15)) {
            d.extension(pick(in, List.of("V.O.", "O.S.", "CONT'D")));
        }
        if (chance(in, 25)) {
            d.parenthetical(words(in, 1, 4));
        }
        d.speech(sentences(in, 1, 6));
        if (chance(in, 20)) {
            d.parenthetical(words(in, 1, 3));
            d.speech(sentences(in, 1, 3));
        }
        return d.build();
    }

    private Shot shot(RandomnessSource in, String number, List<String> cast, int elements) {
        Shot.Builder s = Shot.builder(number);
        if (chance(in, 90)) {
            s.size(pick(in, List.of(ShotSize.values())));
        }
        if (chance(in, 50)) {
            s.framing(pick(in, List.of(Framing.values())));
        }
        if (chance(in, 60)) {
            s.angle(pick(in, List.of(Angle.values())));
        }
        int moves = between(in, 0, 2);
        for (int m = 0; m < moves; m++) {
            s.move(new CameraMove(pick(in, List.of(Movement.values())),
                    chance(in, 50) ? Optional.of(pick(in, List.of(Direction.values()))) : Optional.empty(),
                    chance(in, 30) ? Optional.of(pick(in, List.of(Speed.values()))) : Optional.empty(),
                    Optional.empty()));
        }
        if (chance(in, 70)) {
            s.lens(chance(in, 80) ? Lens.prime(pick(in, List.of(18, 24, 35, 50, 85, 135)))
                    : Lens.zoom(24, 70));
        }
        if (chance(in, 80)) {
            s.subjects(pick(in, cast));
        }
        s.description(capitalized(words(in, 2, 12)));
        if (chance(in, 60)) {
            s.setup(pick(in, List.of("A", "B", "C")));
        }
        if (chance(in, 30)) {
            s.audio(pick(in, List.of(Audio.values())));
        }
        if (chance(in, 60)) {
            s.shootingMinutes(between(in, 1, 45));
        }
        if (chance(in, 30)) {
            s.setupMinutes(between(in, 0, 30));
        }
        if (chance(in, 20)) {
            s.screenTime(Duration.ofSeconds(between(in, 1, 90)));
        }
        if (chance(in, 20)) {
            s.note(capitalized(words(in, 2, 6)));
        }
        if (chance(in, 50)) {
            int first = between(in, 0, elements - 1);
            s.coverage(new Coverage(first, between(in, first, elements - 1)));
        }
        if (chance(in, 20)) {
            s.camera(pick(in, List.of("A", "B", "C", "Drone 2")));
        }
        if (chance(in, 20)) {
            s.priority(pick(in, List.of(Priority.values())));
        }
        if (chance(in, 20)) {
            s.status(pick(in, List.of(Status.values())));
        }
        return s.build();
    }

    /** One or two paragraphs of sentences, sometimes with a styled word. */
    private StyledText paragraphs(RandomnessSource in) {
        StyledText text = sentences(in, 1, 5);
        if (chance(in, 20)) {
            text = text.append(StyledText.of("\n")).append(sentences(in, 1, 3));
        }
        return text;
    }

    private StyledText sentences(RandomnessSource in, int min, int max) {
        int count = between(in, min, max);
        StyledText text = StyledText.EMPTY;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text = text.append(StyledText.of(" "));
            }
            text = text.append(StyledText.of(capitalized(words(in, 2, 9))));
            if (chance(in, 10)) {
                text = text.append(StyledText.of(" ")).append(StyledText.of(pick(in, WORDS), styles(in)));
            }
            text = text.append(StyledText.of(pick(in, List.of(".", ".", "?", "!"))));
        }
        return text;
    }

    private static Style[] styles(RandomnessSource in) {
        Set<Style> styles = EnumSet.noneOf(Style.class);
        for (Style style : Style.values()) {
            if (chance(in, 40)) {
                styles.add(style);
            }
        }
        if (styles.isEmpty()) {
            styles.add(Style.ITALIC);
        }
        return styles.toArray(new Style[0]);
    }

    private static String words(RandomnessSource in, int min, int max) {
        int count = between(in, min, max);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(pick(in, WORDS));
        }
        return out.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static boolean chance(RandomnessSource in, int percent) {
        return between(in, 0, 99) < percent;
    }

    static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }
}
