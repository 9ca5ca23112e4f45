package dev.slate.core.report;

import dev.slate.core.DayNight;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Term;
import dev.slate.core.internal.Checks;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneLength;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The table of a shot list, shared by every shot-list format: one section per scene in script
 * order, its shots in the order asked, and the totals of shots and estimated minutes per scene and
 * for the whole list. Immutable.
 *
 * @since 0.1.0
 */
public final class ShotList {

    /**
     * Where the length of each scene comes from, for writers built before they see a screenplay:
     * pagination is a separate service, so the caller passes it in. Returns the eighths of a page of
     * every scene, by index (as {@link #of(Screenplay, ShotListOrder, List)} takes them), or an empty
     * list when unknown.
     */
    @FunctionalInterface
    public interface PageEighths {
        /** No scene lengths: the list prints none. */
        PageEighths NONE = screenplay -> List.of();

        /** Lengths as the screenplay paginates with the default layout (US Letter, 55 lines). */
        PageEighths LETTER = paginated(Paginator.builder().build());

        /** Lengths as the screenplay paginates with this paginator. */
        static PageEighths paginated(Paginator paginator) {
            return screenplay -> paginator.paginate(screenplay).scenes().stream().map(SceneLength::eighths).toList();
        }

        List<Integer> of(Screenplay screenplay);
    }

    /**
     * One scene of the list.
     *
     * @param sceneIndex  index of the scene in the screenplay
     * @param number      the scene number, or its position counted from 1 when the scene has none
     * @param pageEighths the scene's length in eighths of a page, when known
     * @param shots       the shots in the order asked
     * @param setups      the camera setups of the shots, in the order of the shots
     * @param totals      shots, setup minutes counted once per setup, and shooting minutes
     * @param dayNight    DAY or NIGHT for production, CONTINUOUS and LATER resolved
     *                    ({@link Screenplay#dayNights()}); empty when the heading says neither
     */
    public record SceneSection(int sceneIndex, Scene scene, String number, OptionalInt pageEighths, List<Shot> shots,
                          List<Setups.Setup> setups, Setups.Totals totals, Optional<DayNight> dayNight) {
        public SceneSection {
            Checks.notNull(dayNight, "dayNight");
            Checks.notNull(scene, "scene");
            Checks.notBlank(number, "number");
            Checks.notNull(pageEighths, "pageEighths");
            shots = Checks.listOf(shots, "shots");
            setups = Checks.listOf(setups, "setups");
            Checks.notNull(totals, "totals");
        }

        /** The scene's heading. */
        public SceneHeading heading() {
            return scene.heading();
        }

        /** INT, EXT or INT/EXT; empty for a free-form heading. */
        public String interiorExterior() {
            return scene.heading().prefix().map(SceneHeading.Prefix::interiorExterior).orElse("");
        }

        /** The time of day as written in the heading, or empty. */
        public String timeOfDay() {
            return scene.heading().timeOfDay().orElse("");
        }

        /** The length as printed, {@code 1 3/8}, or empty when unknown. */
        public String pages() {
            return pageEighths.isPresent() ? SceneLength.format(pageEighths.getAsInt()) : "";
        }
    }

    private final ShotListOrder order;
    private final List<SceneSection> sections;
    private final Setups.Totals totals;

    private ShotList(ShotListOrder order, List<SceneSection> sections) {
        this.order = order;
        this.sections = List.copyOf(sections);
        this.totals = sections.stream().map(SceneSection::totals).reduce(Setups.Totals.ZERO, Setups.Totals::plus);
    }

    /** The shot list of a screenplay, without scene lengths. */
    public static ShotList of(Screenplay screenplay, ShotListOrder order) {
        return of(screenplay, order, List.of());
    }

    /**
     * The shot list of a screenplay with each scene's length, as {@link SceneReport} takes it:
     * {@code pageEighths.get(i)} is scene {@code i}'s length in eighths of a page; scenes past the
     * end of the list have no length.
     */
    public static ShotList of(Screenplay screenplay, ShotListOrder order, List<Integer> pageEighths) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(order, "order");
        List<Integer> lengths = Checks.listOf(pageEighths, "pageEighths");
        List<Scene> scenes = screenplay.scenes();
        List<SceneSection> sections = new ArrayList<>(scenes.size());
        List<Optional<DayNight>> dayNights = screenplay.dayNights();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            List<Setups.Setup> setups = Setups.of(scene.shots());
            if (order == ShotListOrder.SETUP) {
                setups = shootingOrder(setups);
            }
            List<Shot> shots = order == ShotListOrder.SETUP
                    ? setups.stream().flatMap(s -> s.shots().stream()).toList() : scene.shots();
            sections.add(new SceneSection(i, scene, scene.number().orElse(Integer.toString(i + 1)),
                    i < lengths.size() ? OptionalInt.of(Checks.notNegative(lengths.get(i), "pageEighths"))
                            : OptionalInt.empty(), shots, setups, Setups.totals(scene.shots()), dayNights.get(i)));
        }
        return new ShotList(order, sections);
    }

    /**
     * The order a crew shoots a scene in: the setups in order of first use (the first direction,
     * then the turnaround), shots without a setup after them, setups of only inserts and cutaways
     * last. The sort is stable, so each group keeps script order.
     */
    private static List<Setups.Setup> shootingOrder(List<Setups.Setup> setups) {
        List<Setups.Setup> sorted = new ArrayList<>(setups);
        sorted.sort(java.util.Comparator.comparingInt(s -> s.insertsOnly() ? 2 : s.id().isPresent() ? 0 : 1));
        return List.copyOf(sorted);
    }

    /** The order of the shots within each scene. */
    public ShotListOrder order() {
        return order;
    }

    /** One section per scene of the screenplay, in script order, also for scenes without shots. */
    public List<SceneSection> sections() {
        return sections;
    }

    /** The totals of the whole list: the sum of the scenes' totals. */
    public Setups.Totals totals() {
        return totals;
    }

    /** {@code 1–12} from the first to the last scene number, {@code 4} for one scene, empty for none. */
    public String sceneRange() {
        if (sections.isEmpty()) {
            return "";
        }
        String first = sections.get(0).number();
        String last = sections.get(sections.size() - 1).number();
        return first.equals(last) ? first : first + "\u2013" + last;
    }

    /**
     * The abbreviations the given columns print, in order of first use, each once; terms written
     * whose label starts with the printed word (such as {@code pan} or {@code low} for low angle) are
     * left out, as a legend needs only the short forms.
     */
    public List<Term> abbreviations(List<ShotListColumn> columns) {
        Set<Term> used = new LinkedHashSet<>();
        for (SceneSection section : sections) {
            for (Shot shot : section.shots()) {
                for (ShotListColumn column : columns) {
                    for (Term term : column.terms(shot)) {
                        if (isAbbreviation(term)) {
                            used.add(term);
                        }
                    }
                }
            }
        }
        return List.copyOf(used);
    }

    /** CU for close-up, 2-shot for two-shot; not low for low angle, which reads without a legend. */
    private static boolean isAbbreviation(Term term) {
        return !term.label().toLowerCase(Locale.ROOT).startsWith(term.abbreviation().toLowerCase(Locale.ROOT));
    }
}
