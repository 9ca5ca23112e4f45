package dev.slate.core.shot;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.SlateNumbers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shot planned for a scene: its slate number, how it is framed and moved, what it sees, how long
 * it takes, and which script elements of the scene it covers. Everything but the number is optional.
 * Immutable; compares by value. Made with {@link #builder(String)}; {@link #toBuilder()} edits a copy.
 *
 * @since 0.1.0
 */
public final class Shot {

    private final String number;
    private final Optional<ShotSize> size;
    private final Optional<Framing> framing;
    private final Optional<Angle> angle;
    private final List<CameraMove> moves;
    private final Optional<FocusChange> focus;
    private final Optional<Lens> lens;
    private final List<String> subjects;
    private final List<String> props;
    private final String description;
    private final Optional<String> setup;
    private final List<String> equipment;
    private final Optional<Double> frameRate;
    private final Optional<Audio> audio;
    private final boolean vfx;
    private final Optional<Duration> screenTime;
    private final Optional<Integer> setupMinutes;
    private final Optional<Integer> shootingMinutes;
    private final Optional<String> storyboard;
    private final List<String> notes;
    private final Optional<Coverage> coverage;
    private final Optional<String> camera;
    private final Optional<Priority> priority;
    private final Optional<Status> status;

    private Shot(Builder b) {
        Checks.notNull(b.number, "number");
        if (!SlateNumbers.isValid(b.number)) {
            throw new IllegalArgumentException("shot number must be letters and digits such as 10A or 3, got '"
                    + b.number + "'");
        }
        number = b.number;
        size = Optional.ofNullable(b.size);
        framing = Optional.ofNullable(b.framing);
        angle = Optional.ofNullable(b.angle);
        moves = Checks.listOf(b.moves, "moves");
        focus = Optional.ofNullable(b.focus);
        lens = Optional.ofNullable(b.lens);
        subjects = names(b.subjects, "subjects");
        props = names(b.props, "props");
        description = Checks.notNull(b.description, "description");
        setup = Optional.ofNullable(b.setup);
        setup.ifPresent(s -> Checks.notBlank(s, "setup"));
        equipment = names(b.equipment, "equipment");
        frameRate = Optional.ofNullable(b.frameRate);
        frameRate.ifPresent(f -> {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("frameRate must be a finite number, got " + f);
            }
        });
        audio = Optional.ofNullable(b.audio);
        vfx = b.vfx;
        screenTime = Optional.ofNullable(b.screenTime);
        screenTime.ifPresent(t -> {
            if (t.isNegative()) {
                throw new IllegalArgumentException("screenTime must not be negative, got " + t);
            }
        });
        setupMinutes = Optional.ofNullable(b.setupMinutes);
        setupMinutes.ifPresent(m -> Checks.notNegative(m, "setupMinutes"));
        shootingMinutes = Optional.ofNullable(b.shootingMinutes);
        shootingMinutes.ifPresent(m -> Checks.notNegative(m, "shootingMinutes"));
        storyboard = Optional.ofNullable(b.storyboard);
        storyboard.ifPresent(s -> Checks.notBlank(s, "storyboard"));
        notes = names(b.notes, "notes");
        coverage = Optional.ofNullable(b.coverage);
        camera = Optional.ofNullable(b.camera);
        camera.ifPresent(c -> Checks.notBlank(c, "camera"));
        priority = Optional.ofNullable(b.priority);
        status = Optional.ofNullable(b.status);
    }

    private static List<String> names(List<String> values, String field) {
        List<String> copy = Checks.listOf(values, field);
        copy.forEach(v -> Checks.notBlank(v, field));
        return copy;
    }

    /** A builder for a shot with this number: {@code 10A} in industry slating, or plain {@code 1}. */
    public static Builder builder(String number) {
        return new Builder(number);
    }

    /** A builder holding everything this shot holds, to make a changed copy. */
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
        b.camera = camera.orElse(null);
        b.priority = priority.orElse(null);
        b.status = status.orElse(null);
        return b;
    }

    /** The slate number, unique in its scene: {@code 10A} in industry slating, or plain {@code 1}. */
    public String number() {
        return number;
    }

    /** How close the frame is: wide, medium, close-up... */
    public Optional<ShotSize> size() {
        return size;
    }

    /** Who or what the frame holds: single, two-shot, over-the-shoulder, master... */
    public Optional<Framing> framing() {
        return framing;
    }

    /** The camera's angle: eye level, low, high... */
    public Optional<Angle> angle() {
        return angle;
    }

    /** The camera moves in the order they happen; empty when unplanned. */
    public List<CameraMove> moves() {
        return moves;
    }

    /** A rack focus during the shot. */
    public Optional<FocusChange> focus() {
        return focus;
    }

    /** The lens, prime or zoom. */
    public Optional<Lens> lens() {
        return lens;
    }

    /** Characters in frame, by name as in the cast or the cues. */
    public List<String> subjects() {
        return subjects;
    }

    /** Props in frame. */
    public List<String> props() {
        return props;
    }

    /** What the shot shows, in a line; may be empty. */
    public String description() {
        return description;
    }

    /** The camera setup id, grouping shots that share a lighting setup. */
    public Optional<String> setup() {
        return setup;
    }

    /** Tripod, dolly, slider, jib, gimbal... */
    public List<String> equipment() {
        return equipment;
    }

    /** Frames per second, when not the project's default. */
    public Optional<Double> frameRate() {
        return frameRate;
    }

    /** How sound is recorded: sync, MOS, wild track... */
    public Optional<Audio> audio() {
        return audio;
    }

    /** Whether the shot needs visual effects work. */
    public boolean vfx() {
        return vfx;
    }

    /** The estimated time on screen. */
    public Optional<Duration> screenTime() {
        return screenTime;
    }

    /** The estimated minutes to set up. */
    public Optional<Integer> setupMinutes() {
        return setupMinutes;
    }

    /** The estimated minutes to shoot. */
    public Optional<Integer> shootingMinutes() {
        return shootingMinutes;
    }

    /** A storyboard image, as a path or URI. */
    public Optional<String> storyboard() {
        return storyboard;
    }

    /** Free notes for the crew. */
    public List<String> notes() {
        return notes;
    }

    /** The elements of the scene the shot covers. */
    public Optional<Coverage> coverage() {
        return coverage;
    }

    /** The camera that shoots it in a multi-camera setup: {@code A}, {@code B}, {@code C}. */
    public Optional<String> camera() {
        return camera;
    }

    /** How much the shot matters when the day runs short. */
    public Optional<Priority> priority() {
        return priority;
    }

    /** Where the shot stands on the shoot: planned, shot, cut or pickup. */
    public Optional<Status> status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Shot s && number.equals(s.number) && size.equals(s.size)
                && framing.equals(s.framing) && angle.equals(s.angle) && moves.equals(s.moves)
                && focus.equals(s.focus) && lens.equals(s.lens) && subjects.equals(s.subjects)
                && props.equals(s.props) && description.equals(s.description) && setup.equals(s.setup)
                && equipment.equals(s.equipment) && frameRate.equals(s.frameRate) && audio.equals(s.audio)
                && vfx == s.vfx && screenTime.equals(s.screenTime) && setupMinutes.equals(s.setupMinutes)
                && shootingMinutes.equals(s.shootingMinutes) && storyboard.equals(s.storyboard)
                && notes.equals(s.notes) && coverage.equals(s.coverage) && camera.equals(s.camera)
                && priority.equals(s.priority) && status.equals(s.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, size, framing, angle, moves, focus, lens, subjects, props, description, setup,
                equipment, frameRate, audio, vfx, screenTime, setupMinutes, shootingMinutes, storyboard, notes,
                coverage, camera, priority, status);
    }

    @Override
    public String toString() {
        return "Shot[number=" + number + ", size=" + size + ", framing=" + framing + ", angle=" + angle
                + ", moves=" + moves + ", focus=" + focus + ", lens=" + lens + ", subjects=" + subjects
                + ", props=" + props + ", description=" + description + ", setup=" + setup
                + ", equipment=" + equipment + ", frameRate=" + frameRate + ", audio=" + audio + ", vfx=" + vfx
                + ", screenTime=" + screenTime + ", setupMinutes=" + setupMinutes
                + ", shootingMinutes=" + shootingMinutes + ", storyboard=" + storyboard + ", notes=" + notes
                + ", coverage=" + coverage + ", camera=" + camera + ", priority=" + priority + ", status=" + status
                + "]";
    }

    /**
     * Builds a shot. Setters taking text parse the set abbreviations ({@code size("CU")},
     * {@code angle("low")}, {@code move("dolly in slow")}, {@code lens("50mm")}) and throw an
     * {@link IllegalArgumentException} naming the field and listing the accepted values.
     *
     * <p>Setters of an optional value taking an object ({@code size}, {@code framing}, {@code angle},
     * {@code focus}, {@code lens}, {@code setup}, {@code audio}, {@code screenTime},
     * {@code storyboard}, {@code coverage}, {@code camera}, {@code priority}, {@code status}) accept
     * {@code null} to clear it. The others refuse
     * {@code null}: text setters, {@code number}, {@code description}, the lists and the moves.
     * {@link #build()} checks the whole shot.
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
        private String camera;
        private Priority priority;
        private Status status;

        private Builder(String number) {
            this.number = Checks.notNull(number, "number");
        }

        /** Replaces the slate number. */
        public Builder number(String number) {
            this.number = Checks.notNull(number, "number");
            return this;
        }

        /** The shot size; {@code null} clears it. */
        public Builder size(ShotSize size) {
            this.size = size;
            return this;
        }

        /** The shot size by abbreviation or name: {@code CU}, {@code close-up}. */
        public Builder size(String size) {
            return size(ShotSize.parse(size));
        }

        /** The framing; {@code null} clears it. */
        public Builder framing(Framing framing) {
            this.framing = framing;
            return this;
        }

        /** The framing by abbreviation or name: {@code OTS}, {@code master}. */
        public Builder framing(String framing) {
            return framing(Framing.parse(framing));
        }

        /** The camera angle; {@code null} clears it. */
        public Builder angle(Angle angle) {
            this.angle = angle;
            return this;
        }

        /** The camera angle by abbreviation or name: {@code low}, {@code dutch}. */
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

        /** A rack focus from one subject to another. */
        public Builder rackFocus(String from, String to) {
            this.focus = new FocusChange(from, to);
            return this;
        }

        /** The rack focus; {@code null} clears it. */
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

        /** The lens; {@code null} clears it. */
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

        /** What the shot shows, in a line; empty for none. */
        public Builder description(String description) {
            this.description = Checks.notNull(description, "description");
            return this;
        }

        /** The camera setup id; {@code null} clears it. */
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

        /** Frames per second, when not the project's default. */
        public Builder frameRate(double fps) {
            this.frameRate = fps;
            return this;
        }

        /** How sound is recorded; {@code null} clears it. */
        public Builder audio(Audio audio) {
            this.audio = audio;
            return this;
        }

        /** How sound is recorded, by abbreviation or name: {@code sync}, {@code MOS}. */
        public Builder audio(String audio) {
            return audio(Audio.parse(audio));
        }

        /** Whether the shot needs visual effects work. */
        public Builder vfx(boolean vfx) {
            this.vfx = vfx;
            return this;
        }

        /** The estimated time on screen; {@code null} clears it. */
        public Builder screenTime(Duration screenTime) {
            this.screenTime = screenTime;
            return this;
        }

        /** Estimated minutes to set up the shot's camera and light; not negative. */
        public Builder setupMinutes(int minutes) {
            this.setupMinutes = Checks.notNegative(minutes, "setupMinutes");
            return this;
        }

        /** Estimated minutes to shoot the shot once set up; not negative. */
        public Builder shootingMinutes(int minutes) {
            this.shootingMinutes = Checks.notNegative(minutes, "shootingMinutes");
            return this;
        }

        /** A storyboard image, as a path or URI; {@code null} clears it. */
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

        /** The elements of the scene the shot covers; {@code null} clears it. */
        public Builder coverage(Coverage coverage) {
            this.coverage = coverage;
            return this;
        }

        /** The camera that shoots it, such as {@code A} or {@code B}; {@code null} clears it. */
        public Builder camera(String camera) {
            this.camera = camera;
            return this;
        }

        /** How much the shot matters; {@code null} clears it. */
        public Builder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        /** The priority by name: {@code must}, {@code should}, {@code nice}. */
        public Builder priority(String priority) {
            return priority(Priority.parse(priority));
        }

        /** Where the shot stands; {@code null} clears it. */
        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        /** The status by name: {@code planned}, {@code shot}, {@code cut}, {@code pickup}. */
        public Builder status(String status) {
            return status(Status.parse(status));
        }

        /** The shot; throws {@link IllegalArgumentException} naming the field when a value is invalid. */
        public Shot build() {
            return new Shot(this);
        }
    }
}
