package dev.slate.core.shot;

import dev.slate.core.internal.Checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A shot planned for a scene: its slate number, how it is framed and moved, what it sees, how long
 * it takes, and which script elements of the scene it covers. Everything but the number is optional.
 *
 * @param number           unique in its scene: {@code 10A} in industry slating, or plain {@code 1}
 * @param moves            the camera moves in the order they happen; empty when unplanned
 * @param focus            a rack focus during the shot
 * @param subjects         characters in frame, by name as in the cast or the cues
 * @param props            props in frame
 * @param description      what the shot shows, in a line; may be empty
 * @param setup            camera setup id, grouping shots that share a lighting setup
 * @param equipment        tripod, dolly, slider, jib, gimbal...
 * @param frameRate        frames per second, when not the project's default
 * @param vfx              whether the shot needs visual effects work
 * @param screenTime       estimated time on screen
 * @param setupMinutes     estimated minutes to set up
 * @param shootingMinutes  estimated minutes to shoot
 * @param storyboard       a storyboard image, as a path or URI
 * @param notes            free notes for the crew
 * @param coverage         the elements of the scene the shot covers
 */
public record Shot(String number, Optional<ShotSize> size, Optional<Framing> framing, Optional<Angle> angle,
                   List<CameraMove> moves, Optional<FocusChange> focus, Optional<Lens> lens, List<String> subjects,
                   List<String> props, String description, Optional<String> setup, List<String> equipment,
                   Optional<Double> frameRate, Optional<Audio> audio, boolean vfx, Optional<Duration> screenTime,
                   Optional<Integer> setupMinutes, Optional<Integer> shootingMinutes, Optional<String> storyboard,
                   List<String> notes, Optional<Coverage> coverage) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    public Shot {
        Checks.notNull(number, "number");
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("shot number must be letters and digits such as 10A or 3, got '"
                    + number + "'");
        }
        Checks.notNull(size, "size");
        Checks.notNull(framing, "framing");
        Checks.notNull(angle, "angle");
        moves = Checks.listOf(moves, "moves");
        Checks.notNull(focus, "focus");
        Checks.notNull(lens, "lens");
        subjects = names(subjects, "subjects");
        props = names(props, "props");
        Checks.notNull(description, "description");
        Checks.notNull(setup, "setup").ifPresent(s -> Checks.notBlank(s, "setup"));
        equipment = names(equipment, "equipment");
        Checks.notNull(frameRate, "frameRate").ifPresent(f -> {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("frameRate must be a finite number, got " + f);
            }
        });
        Checks.notNull(audio, "audio");
        Checks.notNull(screenTime, "screenTime").ifPresent(t -> {
            if (t.isNegative()) {
                throw new IllegalArgumentException("screenTime must not be negative, got " + t);
            }
        });
        Checks.notNull(setupMinutes, "setupMinutes").ifPresent(m -> Checks.notNegative(m, "setupMinutes"));
        Checks.notNull(shootingMinutes, "shootingMinutes").ifPresent(m -> Checks.notNegative(m, "shootingMinutes"));
        Checks.notNull(storyboard, "storyboard").ifPresent(s -> Checks.notBlank(s, "storyboard"));
        notes = names(notes, "notes");
        Checks.notNull(coverage, "coverage");
    }

    private static List<String> names(List<String> values, String field) {
        List<String> copy = Checks.listOf(values, field);
        copy.forEach(v -> Checks.notBlank(v, field));
        return copy;
    }

    public static Builder builder(String number) {
        return new Builder(number);
    }

    public Builder toBuilder() {
        Builder b = new Builder(number);
        b.size = size.orElse(null);
        b.framing = framing.orElse(null);
        b.angle = angle.orElse(null);
        b.moves.addAll(moves);
        b.focus = focus.orElse(null);
        b.lens = lens.orElse(null);
        b.subjects.addAll(subjects);
        b.props.addAll(props);
        b.description = description;
        b.setup = setup.orElse(null);
        b.equipment.addAll(equipment);
        b.frameRate = frameRate.orElse(null);
        b.audio = audio.orElse(null);
        b.vfx = vfx;
        b.screenTime = screenTime.orElse(null);
        b.setupMinutes = setupMinutes.orElse(null);
        b.shootingMinutes = shootingMinutes.orElse(null);
        b.storyboard = storyboard.orElse(null);
        b.notes.addAll(notes);
        b.coverage = coverage.orElse(null);
        return b;
    }

    /**
     * Builds a shot. Setters taking text parse the set abbreviations ({@code size("CU")},
     * {@code angle("low")}, {@code move("dolly in slow")}, {@code lens("50mm")}) and throw an
     * {@link IllegalArgumentException} naming the field and listing the accepted values.
     */
    public static final class Builder {
        private String number;
        private ShotSize size;
        private Framing framing;
        private Angle angle;
        private final List<CameraMove> moves = new ArrayList<>();
        private FocusChange focus;
        private Lens lens;
        private final List<String> subjects = new ArrayList<>();
        private final List<String> props = new ArrayList<>();
        private String description = "";
        private String setup;
        private final List<String> equipment = new ArrayList<>();
        private Double frameRate;
        private Audio audio;
        private boolean vfx;
        private Duration screenTime;
        private Integer setupMinutes;
        private Integer shootingMinutes;
        private String storyboard;
        private final List<String> notes = new ArrayList<>();
        private Coverage coverage;

        private Builder(String number) {
            this.number = Checks.notNull(number, "number");
        }

        public Builder number(String number) {
            this.number = Checks.notNull(number, "number");
            return this;
        }

        public Builder size(ShotSize size) {
            this.size = size;
            return this;
        }

        public Builder size(String size) {
            return size(ShotSize.parse(size));
        }

        public Builder framing(Framing framing) {
            this.framing = framing;
            return this;
        }

        public Builder framing(String framing) {
            return framing(Framing.parse(framing));
        }

        public Builder angle(Angle angle) {
            this.angle = angle;
            return this;
        }

        public Builder angle(String angle) {
            return angle(Angle.parse(angle));
        }

        /** Adds a camera move after those already given. */
        public Builder move(CameraMove move) {
            moves.add(Checks.notNull(move, "move"));
            return this;
        }

        /** Adds a camera move written as crews write it: {@code pan left}, {@code dolly in slow}. */
        public Builder move(String move) {
            return move(CameraMove.parse(move));
        }

        /** Replaces all camera moves. */
        public Builder moves(List<CameraMove> moves) {
            this.moves.clear();
            Checks.listOf(moves, "moves").forEach(this::move);
            return this;
        }

        public Builder rackFocus(String from, String to) {
            this.focus = new FocusChange(from, to);
            return this;
        }

        public Builder focus(FocusChange focus) {
            this.focus = focus;
            return this;
        }

        /** A prime lens, in mm. */
        public Builder lens(double mm) {
            return lens(Lens.prime(mm));
        }

        /** {@code 50mm} or {@code 24-70mm}. */
        public Builder lens(String lens) {
            return lens(Lens.parse(lens));
        }

        public Builder lens(Lens lens) {
            this.lens = lens;
            return this;
        }

        /** Replaces the characters in frame. */
        public Builder subjects(String... names) {
            subjects.clear();
            subjects.addAll(Arrays.asList(Checks.notNull(names, "subjects")));
            return this;
        }

        /** Replaces the props in frame. */
        public Builder props(String... props) {
            this.props.clear();
            this.props.addAll(Arrays.asList(Checks.notNull(props, "props")));
            return this;
        }

        public Builder description(String description) {
            this.description = Checks.notNull(description, "description");
            return this;
        }

        public Builder setup(String setup) {
            this.setup = setup;
            return this;
        }

        /** Replaces the equipment list. */
        public Builder equipment(String... equipment) {
            this.equipment.clear();
            this.equipment.addAll(Arrays.asList(Checks.notNull(equipment, "equipment")));
            return this;
        }

        public Builder frameRate(double fps) {
            this.frameRate = fps;
            return this;
        }

        public Builder audio(Audio audio) {
            this.audio = audio;
            return this;
        }

        public Builder audio(String audio) {
            return audio(Audio.parse(audio));
        }

        public Builder vfx(boolean vfx) {
            this.vfx = vfx;
            return this;
        }

        public Builder screenTime(Duration screenTime) {
            this.screenTime = screenTime;
            return this;
        }

        public Builder setupMinutes(int minutes) {
            this.setupMinutes = Checks.notNegative(minutes, "setupMinutes");
            return this;
        }

        /** Estimated minutes to shoot. */
        public Builder minutes(int minutes) {
            this.shootingMinutes = Checks.notNegative(minutes, "shootingMinutes");
            return this;
        }

        public Builder storyboard(String storyboard) {
            this.storyboard = storyboard;
            return this;
        }

        /** Adds a note. */
        public Builder note(String note) {
            notes.add(Checks.notBlank(note, "note"));
            return this;
        }

        /** The elements of the scene the shot covers, by index in the scene, both included. */
        public Builder covers(int first, int last) {
            this.coverage = new Coverage(first, last);
            return this;
        }

        public Builder coverage(Coverage coverage) {
            this.coverage = coverage;
            return this;
        }

        public Shot build() {
            return new Shot(number, Optional.ofNullable(size), Optional.ofNullable(framing),
                    Optional.ofNullable(angle), moves, Optional.ofNullable(focus), Optional.ofNullable(lens),
                    subjects, props, description, Optional.ofNullable(setup), equipment,
                    Optional.ofNullable(frameRate), Optional.ofNullable(audio), vfx,
                    Optional.ofNullable(screenTime), Optional.ofNullable(setupMinutes),
                    Optional.ofNullable(shootingMinutes), Optional.ofNullable(storyboard), notes,
                    Optional.ofNullable(coverage));
        }
    }
}
