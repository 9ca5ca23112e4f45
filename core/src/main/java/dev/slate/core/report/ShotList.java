package dev.slate.core.report;

import dev.slate.core.cast.CastNumbers;
import dev.slate.core.shot.Setups;
import dev.slate.core.DayNight;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Term;
import dev.slate.core.internal.Checks;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.SceneLength;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;

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

        /** Lengths and first pages as the screenplay paginates with this paginator. */
        static PageEighths paginated(Paginator paginator) {
            Checks.notNull(paginator, "paginator");
            return new PageEighths() {
                @Override
                public List<Integer> of(Screenplay screenplay) {
                    return measure(screenplay).eighths();
                }

                @Override
                public SceneLengths measure(Screenplay screenplay) {
                    Layout layout = paginator.paginate(screenplay);
                    List<SceneLength> scenes = layout.scenes();
                    return new SceneLengths(scenes.stream().map(SceneLength::eighths).toList(),
                            scenes.stream().map(SceneLength::firstPage).toList(), elementPages(screenplay, layout));
                }
            };
        }

        /** Each scene's length in eighths, by index; empty when unknown. */
        List<Integer> of(Screenplay screenplay);

        /** For each scene, the page each element starts on (its first line's), 0 for one not printed. */
        private static List<List<Integer>> elementPages(Screenplay screenplay, Layout layout) {
            List<int[]> pages = new ArrayList<>();
            screenplay.scenes().forEach(scene -> pages.add(new int[scene.elements().size()]));
            for (Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    if (line.scene() >= 0 && line.scene() < pages.size() && line.element() >= 0
                            && line.element() < pages.get(line.scene()).length
                            && pages.get(line.scene())[line.element()] == 0) {
                        pages.get(line.scene())[line.element()] = page.number();
                    }
                }
            }
            return pages.stream().map(p -> java.util.Arrays.stream(p).boxed().toList()).toList();
        }

        /** Each scene's length and the script page it starts on, from one pagination; by default no pages. */
        default SceneLengths measure(Screenplay screenplay) {
            return new SceneLengths(of(screenplay), List.of());
        }
    }

    /**
     * What pagination says of each scene, by index: its length in eighths of a page, the script
     * page it starts on and the page each of its elements starts on; any list may be shorter than
     * the scenes (empty when unknown).
     *
     * @param eighths      the lengths
     * @param firstPages   the first pages, 1 for the first script page
     * @param elementPages for each scene, by element index ({@link Scene#elements()}), the page of the
     *                     element's first printed line; 0 for an element that prints nothing
     */
    public record SceneLengths(List<Integer> eighths, List<Integer> firstPages, List<List<Integer>> elementPages) {
        /** Checks the fields. */
        public SceneLengths {
            eighths = Checks.listOf(eighths, "eighths");
            firstPages = Checks.listOf(firstPages, "firstPages");
            elementPages = Checks.listOf(elementPages, "elementPages").stream()
                    .map(pages -> Checks.listOf(pages, "elementPages")).toList();
        }

        /** Lengths and first pages, without the pages of the elements. */
        public SceneLengths(List<Integer> eighths, List<Integer> firstPages) {
            this(eighths, firstPages, List.of());
        }

        /**
         * The script page a shot of scene {@code scene} starts on: the page of the first printed
         * element it covers; without coverage (or when none of it prints), the scene's first page.
         */
        OptionalInt startPage(int scene, Shot shot) {
            if (shot.coverage().isPresent() && scene < elementPages.size()) {
                List<Integer> pages = elementPages.get(scene);
                for (int e = shot.coverage().get().first(); e <= shot.coverage().get().last() && e < pages.size(); e++) {
                    if (pages.get(e) > 0) {
                        return OptionalInt.of(pages.get(e));
                    }
                }
            }
            return scene < firstPages.size() ? OptionalInt.of(firstPages.get(scene)) : OptionalInt.empty();
        }
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
     * @param firstPage   the script page the scene starts on, when known
     * @param continued   whether the scene already appeared earlier in the list, as a scene shot over
     *                    several days does in {@link ShotListOrder#DAY}: its row reads "(cont'd)"
     */
    public record SceneSection(int sceneIndex, Scene scene, String number, OptionalInt pageEighths, List<Shot> shots,
                          List<Setups.Setup> setups, Setups.Totals totals, Optional<DayNight> dayNight,
                          OptionalInt firstPage, boolean continued) {
        public SceneSection {
            Checks.notNull(dayNight, "dayNight");
            Checks.notNull(firstPage, "firstPage");
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

    /**
     * One shooting day of a list in {@link ShotListOrder#DAY}, or the shots no day schedules.
     *
     * @param report   the day as its schedule reports it; empty for the shots no day schedules
     * @param dayCount how many days the schedule has, for "Day 2 of 4"
     * @param sections what the day shoots, entry by entry, in the schedule's order
     * @param totals   the day's shots and minutes, as the schedule counts them
     */
    public record Day(Optional<ScheduleReport.Day> report, int dayCount, List<SceneSection> sections,
                      Setups.Totals totals) {
        public Day {
            Checks.notNull(report, "report");
            Checks.notNegative(dayCount, "dayCount");
            sections = Checks.listOf(sections, "sections");
            Checks.notNull(totals, "totals");
        }

        /**
         * The day's heading row: {@code Day 2 of 4 — 2027-03-02 · call 07:00 · ROOFTOP, STAIRWELL ·
         * 3 4/8 pages · wrap 18:30}, or {@code Not scheduled}.
         */
        public String heading() {
            if (report.isEmpty()) {
                return "Not scheduled";
            }
            ScheduleReport.Day day = report.get();
            List<String> facts = new ArrayList<>();
            day.day().date().ifPresent(d -> facts.add(d.toString()));
            day.day().unit().ifPresent(facts::add);
            facts.add("call " + day.day().callOrDefault());
            if (!day.locations().isEmpty()) {
                facts.add(String.join(", ", day.locations()));
            }
            facts.add(SceneLength.format(day.eighths()) + (day.eighths() <= 8 ? " page" : " pages"));
            facts.add("wrap " + day.wrap());
            return "Day " + day.day().number() + " of " + dayCount + " \u2014 " + String.join("  \u00b7  ", facts);
        }

        /** {@code Day 2}, or {@code Not scheduled}, to name the day's totals. */
        public String name() {
            return report.map(d -> "Day " + d.day().number()).orElse("Not scheduled");
        }
    }

    private final Screenplay screenplay;
    private final ShotListOrder order;
    private final List<SceneSection> sections;
    private final List<Day> days;
    private final Setups.Totals totals;
    private final CastNumbers cast;
    private final SceneLengths lengths;

    private ShotList(Screenplay screenplay, ShotListOrder order, List<SceneSection> sections, List<Day> days,
                     SceneLengths lengths) {
        this.screenplay = screenplay;
        this.lengths = lengths;
        this.order = order;
        this.sections = List.copyOf(sections);
        this.days = List.copyOf(days);
        this.totals = sections.stream().map(SceneSection::totals).reduce(Setups.Totals.ZERO, Setups.Totals::plus);
        this.cast = CastNumbers.of(screenplay);
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
        return of(screenplay, order, new SceneLengths(pageEighths, List.of()));
    }

    /**
     * The shot list of a screenplay with each scene's length and first page. In
     * {@link ShotListOrder#DAY} the shots follow the schedule written in the script
     * ({@link ScheduleNotes}), as {@link ScheduleReport} counts it with the
     * {@link ScheduleRates#DEFAULT} rates; without a schedule every shot is "Not scheduled".
     */
    public static ShotList of(Screenplay screenplay, ShotListOrder order, SceneLengths lengths) {
        Checks.notNull(screenplay, "screenplay");
        Checks.notNull(order, "order");
        Checks.notNull(lengths, "lengths");
        List<Scene> scenes = screenplay.scenes();
        List<SceneSection> sections = new ArrayList<>(scenes.size());
        List<Optional<DayNight>> dayNights = screenplay.dayNights();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            List<Setups.Setup> setups = Setups.of(scene.shots());
            if (order != ShotListOrder.SCRIPT) {
                setups = Setups.shootingOrder(setups);
            }
            List<Shot> shots = order != ShotListOrder.SCRIPT
                    ? setups.stream().flatMap(s -> s.shots().stream()).toList() : scene.shots();
            sections.add(new SceneSection(i, scene, scene.number().orElse(Integer.toString(i + 1)),
                    at(lengths.eighths(), i, "pageEighths"), shots, setups, Setups.totals(scene.shots()),
                    dayNights.get(i), at(lengths.firstPages(), i, "firstPages"), false));
        }
        if (order == ShotListOrder.DAY) {
            List<Day> days = ShotListDays.of(screenplay, sections);
            return new ShotList(screenplay, order, days.stream().flatMap(d -> d.sections().stream()).toList(), days,
                    lengths);
        }
        return new ShotList(screenplay, order, sections, List.of(), lengths);
    }

    private static OptionalInt at(List<Integer> values, int i, String field) {
        return i < values.size() ? OptionalInt.of(Checks.notNegative(values.get(i), field)) : OptionalInt.empty();
    }

    /** The order of the shots within each scene. */
    public ShotListOrder order() {
        return order;
    }

    /**
     * One section per scene of the screenplay, in script order, also for scenes without shots; in
     * {@link ShotListOrder#DAY}, one per scene entry of each day in turn, then the shots no day
     * schedules (see {@link #days()}).
     */
    public List<SceneSection> sections() {
        return sections;
    }

    /**
     * The shooting days in {@link ShotListOrder#DAY}, each with its sections, then (when any shot or
     * scene is not scheduled) a day without report holding the rest; empty in the other orders.
     */
    public List<Day> days() {
        return days;
    }

    /**
     * The text of a shot's cell in a list showing the given columns, as {@link ShotListColumn#cell}
     * gives it, with the columns that need the list: cast numbers ({@link CastNumbers}) and the script
     * page the shot starts on (that of the first element it covers; for a shot that covers none, its
     * scene's first page).
     */
    public String cell(SceneSection section, Shot shot, ShotListColumn column, List<ShotListColumn> shown) {
        Checks.notNull(section, "section");
        Checks.notNull(shot, "shot");
        Checks.notNull(column, "column");
        return switch (column) {
            case CAST_NUMBERS -> castNumbers(shot);
            case PAGE -> startPage(section, shot).isPresent() ? Integer.toString(startPage(section, shot).getAsInt()) : "";
            default -> column.cell(shot, shown);
        };
    }

    /**
     * The script page a shot starts on, from the same pagination as the scene lengths: the page of
     * the first line of the first element it covers; for a shot that covers none, its scene's first
     * page; empty when the list was made without pages.
     */
    public OptionalInt startPage(SceneSection section, Shot shot) {
        Checks.notNull(section, "section");
        Checks.notNull(shot, "shot");
        OptionalInt page = lengths.startPage(section.sceneIndex(), shot);
        return page.isPresent() ? page : section.firstPage();
    }

    /** The cast numbers of the characters in frame, in number order: {@code 1, 4}. */
    private String castNumbers(Shot shot) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        for (String subject : shot.subjects()) {
            cast.number(screenplay, subject).ifPresent(numbers::add);
        }
        StringBuilder out = new StringBuilder();
        for (int number : numbers) {
            out.append(out.length() == 0 ? "" : ", ").append(number);
        }
        return out.toString();
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
