package dev.slate.core.report;

import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.Term;
import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** Estimated shooting minutes; the setup estimate goes to the notes. */
    MINUTES("Min.", "minutes", "min", "time", "estimated minutes"),
    AUDIO("Audio", "sound"),
    /** The notes, after the setup estimate, rack focus, frame rate, VFX, equipment and props. */
    NOTES("Notes"),
    /** The storyboard reference; renderers that can show images print a thumbnail instead. Not a default column. */
    STORYBOARD("Storyboard", "board", "thumbnail");

    private static final List<ShotListColumn> DEFAULTS = List.of(TICK, SHOT, SIZE, FRAMING, ANGLE, MOVEMENT, LENS,
            SUBJECTS, DESCRIPTION, SETUP, MINUTES, AUDIO, NOTES);

    private final String header;
    private final List<String> aliases;

    ShotListColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The columns printed unless the caller chooses: all but {@link #STORYBOARD}, in declaration order. */
    public static List<ShotListColumn> defaults() {
        return DEFAULTS;
    }

    /** The header printed above the column. */
    public String header() {
        return header;
    }

    /** The cell text for a shot; empty when the shot does not say. */
    public String cell(Shot shot) {
        return switch (this) {
            case TICK -> "";
            case SHOT -> shot.number();
            case SIZE -> shot.size().map(Term::abbreviation).orElse("");
            case FRAMING -> shot.framing().map(Term::abbreviation).orElse("");
            case ANGLE -> shot.angle().map(Term::abbreviation).orElse("");
            case MOVEMENT -> shot.moves().stream().map(CameraMove::toString).collect(Collectors.joining(", "));
            case LENS -> shot.lens().map(Object::toString).orElse("");
            case SUBJECTS -> String.join(", ", shot.subjects());
            case DESCRIPTION -> shot.description();
            case SETUP -> shot.setup().orElse("");
            case MINUTES -> shot.shootingMinutes().map(String::valueOf).orElse("");
            case AUDIO -> shot.audio().map(Term::abbreviation).orElse("");
            case NOTES -> notes(shot);
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

    private static String notes(Shot shot) {
        List<String> parts = new ArrayList<>();
        shot.setupMinutes().ifPresent(m -> parts.add("setup " + m + " min"));
        shot.focus().ifPresent(f -> parts.add("rack focus " + f.from() + " to " + f.to()));
        shot.frameRate().ifPresent(f -> parts.add((f == Math.rint(f) ? Long.toString(f.longValue()) : f.toString())
                + " fps"));
        if (shot.vfx()) {
            parts.add("VFX");
        }
        if (!shot.equipment().isEmpty()) {
            parts.add(String.join(", ", shot.equipment()));
        }
        if (!shot.props().isEmpty()) {
            parts.add("props: " + String.join(", ", shot.props()));
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
