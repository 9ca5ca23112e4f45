package dev.slate.core;

import dev.slate.core.shot.Shot;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.SlateNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scene: its number (text such as {@code 12}, {@code 12A}, {@code A12}; a locked number is kept
 * when scenes are renumbered), its heading, its script elements and the shots planned for it.
 *
 * @since 0.1.0
 */
public record Scene(Optional<String> number, boolean numberLocked, SceneHeading heading, List<Element> elements,
                    List<Shot> shots) {

    public Scene {
        Checks.notNull(number, "number").ifPresent(n -> {
            if (!isValidNumber(n)) {
                throw new IllegalArgumentException("scene number must be letters and digits such as 12 or 12A, got '"
                        + n + "'");
            }
        });
        Checks.notNull(heading, "heading");
        elements = Checks.listOf(elements, "elements");
        shots = Checks.listOf(shots, "shots");
    }

    /**
     * Whether the text can be a scene number: ASCII letters and digits, dots and dashes, starting with
     * a letter or digit, as {@code 12}, {@code 12A} or {@code }. Shot numbers follow the same rule.
     */
    public static boolean isValidNumber(String text) {
        return SlateNumbers.isValid(Checks.notNull(text, "number"));
    }

    /** A scene with a heading as written, for example {@code INT. SCHOOL ROOFTOP - LATE AFTERNOON}. */
    public static Builder builder(String heading) {
        return new Builder(SceneHeading.parse(heading));
    }

    public static Builder builder(SceneHeading heading) {
        return new Builder(heading);
    }

    public Builder toBuilder() {
        Builder b = new Builder(heading);
        b.number = number.orElse(null);
        b.locked = numberLocked;
        b.elements.addAll(elements);
        b.shots.addAll(shots);
        return b;
    }

    /** The shot with this number, if planned. */
    public Optional<Shot> shot(String number) {
        return shots.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** Builds a scene in script order: each call adds an element after the previous ones. */
    public static final class Builder extends ElementsBuilder<Builder> {
        private SceneHeading heading;
        private String number;
        private boolean locked;
        private final List<Shot> shots = new ArrayList<>();

        private Builder(SceneHeading heading) {
            this.heading = Checks.notNull(heading, "heading");
        }

        public Builder heading(String heading) {
            this.heading = SceneHeading.parse(heading);
            return this;
        }

        public Builder heading(SceneHeading heading) {
            this.heading = Checks.notNull(heading, "heading");
            return this;
        }

        /** The scene number; null for none. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /** A locked number stays when the script is renumbered. */
        public Builder locked(boolean locked) {
            this.locked = locked;
            return this;
        }

        /** Adds a shot, written with the shot builder: {@code shot("1A", s -> s.size("CU").lens(50))}. */
        public Builder shot(String number, Consumer<Shot.Builder> shot) {
            Shot.Builder builder = Shot.builder(number);
            Checks.notNull(shot, "shot").accept(builder);
            return shot(builder.build());
        }

        public Builder shot(Shot shot) {
            shots.add(Checks.notNull(shot, "shot"));
            return this;
        }

        /** Replaces all shots. */
        public Builder shots(List<Shot> shots) {
            this.shots.clear();
            Checks.listOf(shots, "shots").forEach(this::shot);
            return this;
        }

        /** The number of elements added so far: the index the next element will have. */
        public int nextElementIndex() {
            return elements.size();
        }

        public Scene build() {
            return new Scene(Optional.ofNullable(number), locked, heading, elements, shots);
        }
    }
}
