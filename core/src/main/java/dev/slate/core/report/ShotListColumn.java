package dev.slate.core.report;

import dev.slate.core.cast.CastNumbers;
import dev.slate.core.shot.Setups;
import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Term;
import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A column of a printed shot list: its header and the text of its cell for a shot, with the
 * abbreviations crews write (CU, OTS, 50mm, MOS). Listed in the default order.
 *
 * @since 0.1.0
 */
public enum ShotListColumn {
    /** An empty box to tick on set; its cell text is empty. */
    TICK("\u2713", "done", "check"),
    /** The shot's slate number. */
    SHOT("Shot", "number", "no"),
    SIZE("Size"),
    FRAMING("Framing", "type"),
    ANGLE("Angle"),
    /** All camera moves in order, with direction, speed and note: {@code dolly in slow, pan left}. */
    MOVEMENT("Movement", "move", "moves"),
    LENS("Lens"),
    /** The characters in frame. */
    SUBJECTS("Subjects", "cast", "characters"),
    DESCRIPTION("Description", "action"),
    /** The camera setup id. */
    SETUP("Setup"),
    /** The setup estimate, where the shot gives it (a setup's time is counted once, see {@link Setups}). */
    SETUP_MINUTES("Setup min.", "setup minutes", "setup min", "setup time"),
    /** Estimated shooting minutes. */
    MINUTES("Min.", "minutes", "min", "time", "estimated minutes", "shooting minutes"),
    AUDIO("Audio", "sound"),
    /** Gear and rig: tripod, dolly, slider; a rig the movement already names (Steadicam, gimbal) is not repeated. */
    GEAR("Gear", "rig", "equipment"),
    PROPS("Props"),
    /** Frames per second, when not the project's default. */
    FRAME_RATE("FPS", "frame rate", "framerate"),
    /** {@code VFX} for a shot that needs visual effects. */
    VFX("VFX", "effects"),
    /** The estimated time on screen, {@code 1:30}. */
    SCREEN_TIME("Screen", "screen time"),
    /** The camera that shoots it in a multi-camera setup: {@code A}, {@code B}. */
    CAMERA("Cam", "camera"),
    /** {@code must}, {@code should} or {@code nice}. */
    PRIORITY("Priority", "prio"),
    /** {@code planned}, {@code shot}, {@code cut} or {@code pickup}. */
    STATUS("Status"),
    /**
     * The production numbers of the characters in frame ({@link CastNumbers}); the list gives them
     * ({@link ShotList#cell}), a shot alone does not.
     */
    CAST_NUMBERS("Cast #", "cast numbers", "cast no"),
    /**
     * The script page the shot's scene starts on, from pagination; the list gives it
     * ({@link ShotList#cell}), a shot alone does not.
     */
    PAGE("Page", "script page", "pg"),
    /**
     * The free notes; the fields whose own columns are not shown (setup estimate, gear, props, frame
     * rate, VFX, screen time) are added in front, so that nothing is lost and nothing repeated.
     */
    NOTES("Notes"),
    /** The storyboard reference; renderers that can show images print a thumbnail instead. Not a default column. */
    STORYBOARD("Storyboard", "board", "thumbnail");

    private static final List<ShotListColumn> DEFAULTS = List.of(TICK, SHOT, SIZE, FRAMING, ANGLE, MOVEMENT, LENS,
            SUBJECTS, DESCRIPTION, SETUP, SETUP_MINUTES, MINUTES, AUDIO, NOTES);

    /** The fields that go to the notes when their own column is not shown, in the order they are added. */
    private static final List<ShotListColumn> FOLDED_INTO_NOTES = List.of(SETUP_MINUTES, FRAME_RATE, VFX, GEAR,
            PROPS, SCREEN_TIME);

    private final String header;
    private final List<String> aliases;

    ShotListColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /**
     * The columns printed unless the caller chooses: tick, shot, size, framing, angle, movement, lens,
     * subjects, description, setup, setup minutes, minutes, audio, notes.
     */
    public static List<ShotListColumn> defaults() {
        return DEFAULTS;
    }

    /** The header printed above the column. */
    public String header() {
        return header;
    }

    /**
     * The cell text for a shot when every column is shown; empty when the shot does not say, and
     * for the columns only the list knows (cast numbers, page: see {@link ShotList#cell}).
     */
    public String cell(Shot shot) {
        return cell(shot, List.of(values()));
    }

    /**
     * The cell text for a shot in a list showing the given columns: the notes take in the fields
     * whose own columns are not shown. Empty when the shot does not say.
     */
    public String cell(Shot shot, List<ShotListColumn> shown) {
        Checks.notNull(shot, "shot");
        Checks.notNull(shown, "shown");
        return switch (this) {
            case TICK -> "";
            case SHOT -> shot.number();
            case SIZE -> shot.size().map(Term::abbreviation).orElse("");
            case FRAMING -> shot.framing().map(Term::abbreviation).orElse("");
            case ANGLE -> shot.angle().map(Term::abbreviation).orElse("");
            case MOVEMENT -> movement(shot);
            case LENS -> shot.lens().map(Object::toString).orElse("");
            case SUBJECTS -> String.join(", ", shot.subjects());
            case DESCRIPTION -> shot.description();
            case SETUP -> shot.setup().orElse("");
            case SETUP_MINUTES -> shot.setupMinutes().map(String::valueOf).orElse("");
            case MINUTES -> shot.shootingMinutes().map(String::valueOf).orElse("");
            case AUDIO -> shot.audio().map(Term::abbreviation).orElse("");
            case GEAR -> String.join(", ", gear(shot));
            case PROPS -> String.join(", ", shot.props());
            case FRAME_RATE -> shot.frameRate().map(ShotListColumn::decimal).orElse("");
            case VFX -> shot.vfx() ? "VFX" : "";
            case SCREEN_TIME -> shot.screenTime().map(t -> t.toMinutes() + ":" + String.format(Locale.ROOT, "%02d",
                    t.toSecondsPart())).orElse("");
            case CAMERA -> shot.camera().orElse("");
            case PRIORITY -> shot.priority().map(Term::abbreviation).orElse("");
            case STATUS -> shot.status().map(Term::abbreviation).orElse("");
            case CAST_NUMBERS, PAGE -> "";
            case NOTES -> notes(shot, shown);
            case STORYBOARD -> shot.storyboard().orElse("");
        };
    }

    /** The vocabulary terms this column prints for a shot, for a legend of abbreviations. */
    public List<Term> terms(Shot shot) {
        return switch (this) {
            case SIZE -> shot.size().<List<Term>>map(List::of).orElse(List.of());
            case FRAMING -> shot.framing().<List<Term>>map(List::of).orElse(List.of());
            case ANGLE -> shot.angle().<List<Term>>map(List::of).orElse(List.of());
            case AUDIO -> shot.audio().<List<Term>>map(List::of).orElse(List.of());
            case MOVEMENT -> shot.moves().stream()
                    .flatMap(m -> Stream.of(Optional.of(m.movement()), m.direction(), m.speed()))
                    .flatMap(Optional::stream).map(Term.class::cast).toList();
            default -> List.of();
        };
    }

    /** The moves in order, then a rack focus, which is not a move but happens during the shot. */
    private static String movement(Shot shot) {
        List<String> parts = new ArrayList<>();
        shot.moves().forEach(m -> parts.add(m.toString()));
        shot.focus().ifPresent(f -> parts.add("rack focus " + f.from() + " to " + f.to()));
        return String.join(", ", parts);
    }

    /** The equipment, without a rig the movement already names (a Steadicam move needs no "Steadicam" again). */
    private static List<String> gear(Shot shot) {
        Set<String> moves = new HashSet<>();
        for (CameraMove move : shot.moves()) {
            moves.add(move.movement().label().toLowerCase(Locale.ROOT));
            moves.add(move.movement().abbreviation().toLowerCase(Locale.ROOT));
        }
        return shot.equipment().stream().filter(e -> !moves.contains(e.toLowerCase(Locale.ROOT))).toList();
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String notes(Shot shot, List<ShotListColumn> shown) {
        List<String> parts = new ArrayList<>();
        for (ShotListColumn folded : FOLDED_INTO_NOTES) {
            if (shown.contains(folded)) {
                continue;
            }
            String text = folded.cell(shot, shown);
            if (text.isEmpty()) {
                continue;
            }
            parts.add(switch (folded) {
                case SETUP_MINUTES -> "setup " + text + " min";
                case FRAME_RATE -> text + " fps";
                case PROPS -> "props: " + text;
                case SCREEN_TIME -> "screen " + text;
                default -> text;
            });
        }
        parts.addAll(shot.notes());
        return String.join("; ", parts);
    }

    /**
     * Reads a column by name, header or alias, ignoring case, spaces, dots and hyphens:
     * {@code description}, {@code Min.}, {@code cast}.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static ShotListColumn parse(String text) {
        String key = key(text == null ? "" : text);
        for (ShotListColumn column : values()) {
            if (key(column.name()).equals(key) || key(column.header).equals(key)
                    || column.aliases.stream().anyMatch(a -> key(a).equals(key))) {
                return column;
            }
        }
        throw new IllegalArgumentException("unknown shot-list column '" + text + "'; accepted: " + names());
    }

    /**
     * Reads a comma-separated list of columns in the order given, as the command line's
     * {@code --columns shot,size,description} takes them.
     *
     * @throws IllegalArgumentException for an unknown or repeated column, or an empty list
     */
    public static List<ShotListColumn> parseList(String text) {
        List<ShotListColumn> columns = new ArrayList<>();
        for (String name : (text == null ? "" : text).split(",")) {
            if (name.isBlank()) {
                continue;
            }
            ShotListColumn column = parse(name);
            if (columns.contains(column)) {
                throw new IllegalArgumentException("shot-list column '" + name.strip() + "' is listed twice");
            }
            columns.add(column);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no shot-list columns given; accepted: " + names());
        }
        return List.copyOf(columns);
    }

    /**
     * An immutable copy of a caller's column choice, checked.
     *
     * @throws IllegalArgumentException when the list is empty or names a column twice
     * @throws NullPointerException     when the list or a column is null
     */
    public static List<ShotListColumn> checkedList(List<ShotListColumn> columns) {
        List<ShotListColumn> copy = Checks.listOf(columns, "columns");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("columns must name at least one column; accepted: " + names());
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("columns must not repeat a column, got " + copy);
        }
        return copy;
    }

    private static String names() {
        return Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "");
    }
}
