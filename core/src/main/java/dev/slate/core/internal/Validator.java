package dev.slate.core.internal;

import dev.slate.core.CastMember;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.shot.Lens;
import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.ShotHeading;
import dev.slate.core.shot.Shot;
import dev.slate.core.SourceMap;
import dev.slate.core.shot.Setups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static dev.slate.core.ProblemCodes.*;

/**
 * Checks a screenplay for the mistakes crews make, one method per rule. An instance holds the state
 * of one run; {@link #validate} never throws: a check that fails is reported as a problem.
 */
public final class Validator {

    private static final double MIN_LENS_MM = 1;
    private static final double MAX_LENS_MM = 2000;
    private static final double MIN_FPS = 1;
    private static final double MAX_FPS = 1000;

    private final Screenplay play;
    private final SourceMap sources;
    private final List<Problem> problems = new ArrayList<>();
    /** Speakers already reported as missing from the cast: each is reported once. */
    private final Set<String> uncastReported = new HashSet<>();
    /** Whether any shot has a shooting estimate, a setup estimate, a setup id: then a shot without one is suspect. */
    private final boolean estimatingShooting;
    private final boolean estimatingSetup;
    private final boolean groupingSetups;

    private Validator(Screenplay play, SourceMap sources) {
        this.play = play;
        this.sources = sources;
        this.estimatingShooting = anyShot(play, shot -> shot.shootingMinutes().isPresent());
        this.estimatingSetup = anyShot(play, shot -> shot.setupMinutes().isPresent());
        this.groupingSetups = anyShot(play, shot -> shot.setup().isPresent());
    }

    /** The problems of the screenplay in document order; source positions come from {@code sources}. */
    public static List<Problem> validate(Screenplay play, SourceMap sources) {
        if (play == null) {
            return List.of(Problem.error(CHECK_FAILED, "no screenplay to check: pass a Screenplay, not null",
                    Location.DOCUMENT));
        }
        Validator validator = new Validator(play, sources == null ? SourceMap.NONE : sources);
        validator.run();
        // Document order: problems of the whole document and the preamble first, then scene by scene.
        validator.problems.sort(Comparator.comparing(p -> p.location().scene().orElse(-1)));
        return List.copyOf(validator.problems);
    }

    private void run() {
        guarded(() -> "the cast", this::duplicateCastMembers);
        guarded(() -> "the scene numbers", this::duplicateSceneNumbers);
        guarded(() -> "the scene number order", this::sceneNumberOrder);
        guarded(() -> "the unnumbered scenes", this::unnumberedScenes);
        for (int e = 0; e < play.preamble().size(); e++) {
            int element = e;
            guarded(() -> describeElement(-1, element), () -> {
                emptyDialogue(-1, element);
                uncastCharacters(-1, element);
                shotHeading(-1, element);
            });
        }
        for (int s = 0; s < play.scenes().size(); s++) {
            int scene = s;
            guarded(() -> describe(scene), () -> checkScene(scene));
        }
    }

    private void checkScene(int s) {
        lockedWithoutNumber(s);
        emptyLocation(s);
        missingTimeOfDay(s);
        emptyScene(s);
        for (int e = 0; e < scene(s).elements().size(); e++) {
            emptyDialogue(s, e);
            uncastCharacters(s, e);
            shotHeading(s, e);
        }
        duplicateShotNumbers(s);
        for (int k = 0; k < scene(s).shots().size(); k++) {
            unknownSubjects(s, k);
            coverageOutsideScene(s, k);
            lensOutOfRange(s, k);
            frameRateOutOfRange(s, k);
            missingEstimate(s, k);
            missingSetup(s, k);
        }
    }

    // Document rules

    private void duplicateCastMembers() {
        List<CastMember> cast = play.cast();
        for (int i = 0; i < cast.size(); i++) {
            for (int j = 0; j < i; j++) {
                Optional<String> shared = sharedName(cast.get(j), cast.get(i));
                if (shared.isPresent()) {
                    warning(DUPLICATE_CAST_MEMBER, "cast members " + cast.get(j).name() + " and " + cast.get(i).name()
                            + " both answer to '" + shared.get() + "'; remove one or rename the alias",
                            Location.DOCUMENT);
                    break;
                }
            }
            for (int j = 0; j < i; j++) {
                if (cast.get(i).number().isPresent() && cast.get(j).number().equals(cast.get(i).number())) {
                    warning(DUPLICATE_CAST_NUMBER, "cast members " + cast.get(j).name() + " and " + cast.get(i).name()
                            + " both have cast number " + cast.get(i).number().getAsInt() + "; give one another number",
                            Location.DOCUMENT);
                    break;
                }
            }
        }
    }

    private static Optional<String> sharedName(CastMember a, CastMember b) {
        List<String> names = new ArrayList<>(b.aliases());
        names.add(0, b.name());
        return names.stream().filter(a::answersTo).findFirst();
    }

    private void duplicateSceneNumbers() {
        Map<String, Integer> first = new HashMap<>();
        for (int s = 0; s < play.scenes().size(); s++) {
            Optional<String> number = scene(s).number();
            if (number.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(number.get(), s);
            if (earlier != null) {
                error(DUPLICATE_SCENE_NUMBER, byPosition(s) + " has number " + number.get() + ", like "
                        + byPosition(earlier) + "; give each scene its own number (SceneNumbering renumbers them)",
                        sceneAt(s));
            }
        }
    }

    private void sceneNumberOrder() {
        SceneNumberParts previous = null;
        int previousScene = -1;
        for (int s = 0; s < play.scenes().size(); s++) {
            Optional<SceneNumberParts> number = scene(s).number().flatMap(SceneNumberParts::parse);
            if (number.isEmpty()) {
                continue;
            }
            if (previous != null && number.get().compareTo(previous) < 0) {
                warning(SCENE_NUMBER_ORDER, byPosition(s) + " is numbered " + scene(s).number().get()
                        + " but comes after " + describe(previousScene) + "; renumber the scenes or move the scene",
                        sceneAt(s));
            }
            previous = number.get();
            previousScene = s;
        }
    }

    private void unnumberedScenes() {
        if (play.scenes().stream().noneMatch(s -> s.number().isPresent())) {
            return;
        }
        for (int s = 0; s < play.scenes().size(); s++) {
            if (scene(s).number().isEmpty() && !scene(s).numberLocked()) {
                warning(UNNUMBERED_SCENE, describe(s) + " has no number while other scenes have one; "
                        + "number it (SceneNumbering gives inserted scenes A-numbers)", sceneAt(s));
            }
        }
    }

    // Scene rules

    private void lockedWithoutNumber(int s) {
        if (scene(s).numberLocked() && scene(s).number().isEmpty()) {
            warning(LOCKED_WITHOUT_NUMBER, describe(s) + " is marked locked but has no number; give it a number "
                    + "or unlock it (SceneNumbering numbers it and drops the lock)", sceneAt(s));
        }
    }

    private void emptyLocation(int s) {
        if (scene(s).heading().prefix().isPresent() && scene(s).heading().location().isBlank()) {
            error(EMPTY_LOCATION, describe(s) + " has a heading without a location; write where it happens, "
                    + "as in INT. KITCHEN - DAY", sceneAt(s));
        }
    }

    private void missingTimeOfDay(int s) {
        if (scene(s).heading().prefix().isPresent() && scene(s).heading().timeOfDay().isEmpty()) {
            warning(MISSING_TIME_OF_DAY, describe(s) + " has no time of day; end the heading with - DAY, "
                    + "- NIGHT or another time so that it can be scheduled", sceneAt(s));
        }
    }

    private void emptyScene(int s) {
        if (scene(s).elements().isEmpty() && !scene(s).heading().text().toUpperCase(Locale.ROOT).contains("OMITTED")) {
            warning(EMPTY_SCENE, describe(s) + " has no action or dialogue; write the scene or mark it OMITTED",
                    sceneAt(s));
        }
    }

    private void duplicateShotNumbers(int s) {
        Map<String, String> first = new HashMap<>();
        for (int k = 0; k < scene(s).shots().size(); k++) {
            String number = scene(s).shots().get(k).number();
            String earlier = first.putIfAbsent(number.toUpperCase(Locale.ROOT), number);
            if (earlier != null) {
                error(DUPLICATE_SHOT_NUMBER, "shot " + number + " of " + describe(s) + " has the same number as shot "
                        + earlier + "; give each shot of a scene its own number (ShotNumbering letters them)",
                        shotAt(s, k));
            }
        }
    }

    // Element rules; scene -1 is the preamble

    private void emptyDialogue(int s, int e) {
        if (element(s, e) instanceof Dialogue dialogue) {
            emptyDialogue(s, e, dialogue, "");
        } else if (element(s, e) instanceof DualDialogue dual) {
            emptyDialogue(s, e, dual.left(), "the left side of a dual dialogue: ");
            emptyDialogue(s, e, dual.right(), "the right side of a dual dialogue: ");
        }
    }

    private void emptyDialogue(int s, int e, Dialogue dialogue, String side) {
        if (dialogue.parts().stream().allMatch(part -> part instanceof Dialogue.Parenthetical
                || part.text().plain().isBlank())) {
            error(EMPTY_DIALOGUE, side + dialogue.character() + " says nothing in " + describeElement(s, e)
                    + "; write the line or remove the cue", elementAt(s, e));
        }
    }

    private void uncastCharacters(int s, int e) {
        if (play.cast().isEmpty()) {
            return;
        }
        Dialogues.each(element(s, e), dialogue -> {
            String name = dialogue.character();
            if (play.castMember(name).isEmpty() && uncastReported.add(name.toUpperCase(Locale.ROOT))) {
                warning(UNCAST_CHARACTER, name + " speaks in " + describeElement(s, e)
                        + " but is not in the cast; add them to the cast or as an alias of a cast member",
                        elementAt(s, e));
            }
        });
    }

    private void shotHeading(int s, int e) {
        if (!(element(s, e) instanceof ShotHeading shot)) {
            return;
        }
        if (shot.text().plain().isBlank()) {
            warning(EMPTY_SHOT_HEADING, describeElement(s, e) + " is a shot heading without text; write the camera "
                    + "direction (CLOSE ON THE SHOE) or remove it", elementAt(s, e));
        }
        if (s < 0) {
            warning(SHOT_HEADING_OUTSIDE_SCENE, "the shot heading '" + shot.text().plain().strip() + "' in "
                    + describeElement(s, e) + " comes before the first scene heading; start a scene before it",
                    elementAt(s, e));
        }
    }

    // Shot rules

    private void unknownSubjects(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        for (String subject : shot.subjects()) {
            if (play.castMember(subject).isEmpty() && !speaksIn(scene(s), subject)) {
                error(UNKNOWN_SUBJECT, "shot " + shot.number() + " of " + describe(s) + " frames " + subject
                        + ", who is not in the cast and does not speak in the scene; add " + subject
                        + " to the cast, or correct the name (props go in the props column)", shotAt(s, k));
            }
        }
    }

    private static boolean speaksIn(Scene scene, String name) {
        String key = name.strip();
        boolean[] found = {false};
        for (Element element : scene.elements()) {
            Dialogues.each(element, d -> found[0] |= d.character().strip().equalsIgnoreCase(key));
        }
        return found[0];
    }

    private void coverageOutsideScene(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        int elements = scene(s).elements().size();
        Optional<Coverage> coverage = shot.coverage().filter(c -> c.last() >= elements);
        if (coverage.isPresent()) {
            String has = elements == 0 ? "has no elements" : "has elements 0 to " + (elements - 1);
            error(COVERAGE_OUTSIDE_SCENE, "shot " + shot.number() + " of " + describe(s) + " covers elements "
                    + coverage.get().first() + " to " + coverage.get().last() + " but the scene " + has
                    + "; shorten the coverage to the scene", shotAt(s, k));
        }
    }

    private void lensOutOfRange(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        Optional<Lens> lens = shot.lens().filter(l -> l.shortMm() < MIN_LENS_MM || l.longMm() > MAX_LENS_MM);
        if (lens.isPresent()) {
            error(LENS_OUT_OF_RANGE, "shot " + shot.number() + " of " + describe(s) + " has a " + lens.get()
                    + " lens; focal lengths run from 1 to 2000 mm, write for example 50mm", shotAt(s, k));
        }
    }

    private void frameRateOutOfRange(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        Optional<Double> fps = shot.frameRate().filter(f -> f < MIN_FPS || f > MAX_FPS);
        if (fps.isPresent()) {
            error(FRAME_RATE_OUT_OF_RANGE, "shot " + shot.number() + " of " + describe(s) + " runs at " + fps.get()
                    + " fps; frame rates run from 1 to 1000, for example 24 or 120 for slow motion", shotAt(s, k));
        }
    }

    private void missingEstimate(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        List<String> missing = new ArrayList<>();
        if (estimatingShooting && shot.shootingMinutes().isEmpty()) {
            missing.add("shooting");
        }
        // A setup's time is written once, on one of its shots: the others share it.
        if (estimatingSetup && !Setups.hasSetupEstimate(scene(s).shots(), shot)) {
            missing.add("setup");
        }
        if (!missing.isEmpty()) {
            String what = String.join(" and ", missing);
            warning(MISSING_ESTIMATE, "shot " + shot.number() + " of " + describe(s) + " has no " + what
                    + " estimate while other shots have one; estimate its " + what
                    + " minutes so that the totals are complete", shotAt(s, k));
        }
    }

    private void missingSetup(int s, int k) {
        Shot shot = scene(s).shots().get(k);
        if (groupingSetups && shot.setup().isEmpty()) {
            warning(MISSING_SETUP, "shot " + shot.number() + " of " + describe(s) + " has no camera setup while "
                    + "other shots have one; give it the setup it shares its lighting with, or a new one",
                    shotAt(s, k));
        }
    }

    // Helpers

    private static boolean anyShot(Screenplay play, Predicate<Shot> test) {
        return play.scenes().stream().flatMap(scene -> scene.shots().stream()).anyMatch(test);
    }

    private Scene scene(int s) {
        return play.scenes().get(s);
    }

    /** Element {@code e} of scene {@code s}, or of the preamble when {@code s} is -1. */
    private Element element(int s, int e) {
        return s < 0 ? play.preamble().get(e) : scene(s).elements().get(e);
    }

    /** {@code scene 12 (INT. ROOF - DAY)}, or by position when the scene has no number. */
    private String describe(int s) {
        return scene(s).number().map(n -> "scene " + n + " (" + scene(s).heading().text() + ")")
                .orElseGet(() -> byPosition(s));
    }

    /** {@code the scene at position 3 (INT. ROOF - DAY)}, counted from 1. */
    private String byPosition(int s) {
        return "the scene at position " + (s + 1) + " (" + scene(s).heading().text() + ")";
    }

    private String describeElement(int s, int e) {
        return s < 0 ? "element " + e + " before the first scene" : "element " + e + " of " + describe(s);
    }

    private Location sceneAt(int s) {
        return at(Location.scene(s), () -> sources.scene(s));
    }

    private Location elementAt(int s, int e) {
        return at(s < 0 ? Location.preamble(e) : Location.element(s, e), () -> sources.element(s, e));
    }

    private Location shotAt(int s, int k) {
        return at(Location.shot(s, scene(s).shots().get(k).number()), () -> sources.shot(s, k));
    }

    /** The location with its source position when the source map knows it; a failing map is ignored. */
    private static Location at(Location location, Supplier<Optional<SourceMap.Position>> position) {
        Optional<SourceMap.Position> found;
        try {
            found = position.get();
        } catch (RuntimeException e) {
            found = Optional.empty();
        }
        return found == null || found.isEmpty() ? location
                : location.withSource(found.get().line(), found.get().column());
    }

    private void guarded(Supplier<String> what, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            error(CHECK_FAILED, "could not check " + what.get() + ": " + e + "; please report this with the document",
                    Location.DOCUMENT);
        }
    }

    private void error(String code, String message, Location location) {
        problems.add(Problem.error(code, message, location));
    }

    private void warning(String code, String message, Location location) {
        problems.add(Problem.warning(code, message, location));
    }
}
