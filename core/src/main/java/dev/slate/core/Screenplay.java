package dev.slate.core;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.Dialogues;
import dev.slate.core.internal.Validator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A screenplay: its title page, the elements before the first scene (such as {@code FADE IN:}),
 * its scenes in order, and its cast.
 *
 * <pre>{@code
 * Screenplay play = Screenplay.builder()
 *         .title("Love Lights My Way Back Home")
 *         .scene("EXT. ALLEY BEHIND THE OLD BRICK SCHOOL - AFTERNOON", scene -> scene
 *                 .action("Maple leaves. Motorbikes lean against the wall.")
 *                 .dialogue("MRS. SHEN", "(softly)", "Lin Xiao.")
 *                 .shot("2A", shot -> shot.size("WS").framing("two-shot").lens(35)))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public record Screenplay(TitlePage titlePage, List<Element> preamble, List<Scene> scenes, List<CastMember> cast) {

    public Screenplay {
        Checks.notNull(titlePage, "titlePage");
        preamble = Checks.listOf(preamble, "preamble");
        scenes = Checks.listOf(scenes, "scenes");
        cast = Checks.listOf(cast, "cast");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.titleFields.addAll(titlePage.fields());
        b.elements.addAll(preamble);
        b.scenes.addAll(scenes);
        b.cast.addAll(cast);
        return b;
    }

    /** The cast member with this name or alias, ignoring case. */
    public Optional<CastMember> castMember(String name) {
        return cast.stream().filter(c -> c.answersTo(name)).findFirst();
    }

    /**
     * Each scene's day or night for production, in scene order: the heading's own
     * {@link SceneHeading#dayNight()}, or, for a time that continues the scene before
     * ({@code CONTINUOUS}, {@code LATER}, {@code SAME}), the value of that scene (of the last scene
     * before it that has one, when scenes without a time of day stand between). Empty for a scene
     * whose heading says neither (no time, a time in no known list) and for a continuing scene with
     * no known value before it.
     */
    public List<Optional<DayNight>> dayNights() {
        List<Optional<DayNight>> values = new ArrayList<>(scenes.size());
        Optional<DayNight> before = Optional.empty();
        for (Scene scene : scenes) {
            SceneHeading heading = scene.heading();
            Optional<DayNight> value = heading.continuesTime() ? before : heading.dayNight();
            values.add(value);
            if (value.isPresent()) {
                before = value;
            }
        }
        return List.copyOf(values);
    }

    /**
     * Every character name: the cast in order, then each name that speaks in a cue and is not in the
     * cast, in order of first appearance.
     */
    public List<String> characters() {
        Set<String> names = new LinkedHashSet<>();
        cast.forEach(c -> names.add(c.name()));
        Consumer<Dialogue> speaker = d -> {
            if (castMember(d.character()).isEmpty()) {
                names.add(d.character());
            }
        };
        preamble.forEach(e -> Dialogues.each(e, speaker));
        for (Scene scene : scenes) {
            scene.elements().forEach(e -> Dialogues.each(e, speaker));
        }
        return List.copyOf(names);
    }

    /**
     * Checks the screenplay for the mistakes crews make: duplicate scene or shot numbers, shots
     * framing unknown characters or covering elements outside their scene, empty dialogue, lenses
     * and frame rates out of range, headings without a location, and warnings such as scenes without
     * a time of day. Never throws, whatever the document.
     *
     * @return the problems in document order, errors and warnings; empty when all is well. The codes
     *         are listed in {@link ProblemCodes}.
     */
    public List<Problem> validate() {
        return validate(SourceMap.NONE);
    }

    /**
     * Like {@link #validate()}, and each problem's location also carries the line and column that
     * {@code sources} gives for its scene, element or shot (a screenplay read from Fountain comes with
     * its source map).
     */
    public List<Problem> validate(SourceMap sources) {
        return Validator.validate(this, sources);
    }

    /**
     * Builds a screenplay. Elements added before the first scene form the preamble; after that,
     * elements belong in a scene.
     */
    public static final class Builder extends ElementsBuilder<Builder> {
        private final List<TitlePage.Field> titleFields = new ArrayList<>();
        private final List<Scene> scenes = new ArrayList<>();
        private final List<CastMember> cast = new ArrayList<>();

        private Builder() {
        }

        /** Adds a title-page field, or replaces the field with the same key. */
        public Builder titleField(String key, String... lines) {
            Checks.notBlank(key, "key");
            List<StyledText> styled = new ArrayList<>();
            for (String line : Checks.notNull(lines, "lines")) {
                styled.add(StyledText.of(Checks.notNull(line, "line")));
            }
            return titleField(new TitlePage.Field(key, styled));
        }

        public Builder titleField(TitlePage.Field field) {
            Checks.notNull(field, "field");
            TitlePage probe = new TitlePage(titleFields);
            Optional<TitlePage.Field> existing = probe.field(field.key());
            if (existing.isPresent()) {
                titleFields.set(titleFields.indexOf(existing.get()), field);
            } else {
                titleFields.add(field);
            }
            return this;
        }

        public Builder titlePage(TitlePage titlePage) {
            titleFields.clear();
            titleFields.addAll(Checks.notNull(titlePage, "titlePage").fields());
            return this;
        }

        public Builder title(String title) {
            return titleField("Title", title);
        }

        public Builder credit(String credit) {
            return titleField("Credit", credit);
        }

        /** The author or authors, one per line. */
        public Builder author(String... authors) {
            return titleField("Author", authors);
        }

        public Builder source(String source) {
            return titleField("Source", source);
        }

        public Builder draftDate(String draftDate) {
            return titleField("Draft date", draftDate);
        }

        public Builder contact(String... lines) {
            return titleField("Contact", lines);
        }

        public Builder copyright(String copyright) {
            return titleField("Copyright", copyright);
        }

        public Builder notes(String... lines) {
            return titleField("Notes", lines);
        }

        /** Adds a character to the cast. */
        public Builder character(String name) {
            return castMember(CastMember.of(name));
        }

        /** Adds a character to the cast with a description. */
        public Builder character(String name, String description) {
            return castMember(CastMember.of(name, description));
        }

        public Builder castMember(CastMember member) {
            cast.add(Checks.notNull(member, "castMember"));
            return this;
        }

        /** Replaces the cast. */
        public Builder cast(List<CastMember> cast) {
            this.cast.clear();
            Checks.listOf(cast, "cast").forEach(this::castMember);
            return this;
        }

        /** Adds a scene written with the scene builder. */
        public Builder scene(String heading, Consumer<Scene.Builder> scene) {
            Scene.Builder builder = Scene.builder(heading);
            Checks.notNull(scene, "scene").accept(builder);
            return scene(builder.build());
        }

        public Builder scene(Scene scene) {
            scenes.add(Checks.notNull(scene, "scene"));
            return this;
        }

        /** Replaces all scenes. */
        public Builder scenes(List<Scene> scenes) {
            this.scenes.clear();
            Checks.listOf(scenes, "scenes").forEach(this::scene);
            return this;
        }

        /** Replaces the scene at an index (0-based). */
        public Builder setScene(int index, Scene scene) {
            scenes.set(index, Checks.notNull(scene, "scene"));
            return this;
        }

        public Builder removeScene(int index) {
            scenes.remove(index);
            return this;
        }

        @Override
        public Builder element(Element element) {
            if (!scenes.isEmpty()) {
                throw new IllegalStateException("elements after the first scene belong to a scene; "
                        + "add " + element.getClass().getSimpleName() + " inside scene(...)");
            }
            return super.element(element);
        }

        public Screenplay build() {
            return new Screenplay(new TitlePage(titleFields), elements, scenes, cast);
        }
    }
}
