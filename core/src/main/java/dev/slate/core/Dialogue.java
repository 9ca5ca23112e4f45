package dev.slate.core;

import dev.slate.core.internal.Checks;
import dev.slate.core.internal.Cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dialogue block: the character cue (name and extensions such as {@code V.O.}, {@code O.S.},
 * {@code CONT'D}), then parentheticals, lines of speech and sung lyrics in the order they come.
 *
 * @since 0.1.0
 */
public record Dialogue(String character, List<String> extensions, List<Part> parts) implements Element {

    /** A part of a dialogue block. */
    public sealed interface Part permits Parenthetical, Speech, Lyric {
        /** The part's text, without parentheses or lyric markers. */
        StyledText text();
    }

    /** A parenthetical direction, stored without its parentheses: {@code beat}. */
    public record Parenthetical(StyledText text) implements Part {
        public Parenthetical {
            Checks.notNull(text, "text");
        }
    }

    /** What the character says. Line breaks inside are {@code '\n'}. */
    public record Speech(StyledText text) implements Part {
        public Speech {
            Checks.notNull(text, "text");
        }
    }

    /**
     * Lines the character sings ({@code ~} lines inside a speech in Fountain), stored without the
     * tilde and printed in italics like stand-alone {@link Lyrics}. Line breaks inside are {@code '\n'}.
     */
    public record Lyric(StyledText text) implements Part {
        public Lyric {
            Checks.notNull(text, "text");
        }
    }

    public Dialogue {
        Checks.notBlank(character, "character");
        extensions = Checks.listOf(extensions, "extensions");
        for (String extension : extensions) {
            Checks.notBlank(extension, "extension");
        }
        parts = Checks.listOf(parts, "parts");
    }

    /**
     * A dialogue block whose cue is written as on the page, extensions in parentheses:
     * {@code MRS. SHEN (O.S.)}. Each line in parentheses becomes a parenthetical, every other line a
     * speech: {@code dialogue("LIN XIAO", "(quietly)", "Mom.")}.
     */
    public static Dialogue of(String cue, String... lines) {
        Builder builder = builder(cue);
        for (String line : lines) {
            builder.line(line);
        }
        return builder.build();
    }

    public static Builder builder(String cue) {
        return new Builder(cue);
    }

    /** The cue as printed: the name and each extension in parentheses. */
    public String cue() {
        StringBuilder cue = new StringBuilder(character);
        for (String extension : extensions) {
            cue.append(" (").append(extension).append(')');
        }
        return cue.toString();
    }

    /** Whether an extension already says CONT'D (with a straight or typographic apostrophe). */
    public boolean isContinued() {
        for (String extension : extensions) {
            String e = extension.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
            if (e.equals("CONT'D") || e.equals("CONTD") || e.equals("CONT.") || e.equals("CONTINUING")) {
                return true;
            }
        }
        return false;
    }

    /** The speech parts only, in order. */
    public List<Speech> speeches() {
        List<Speech> speeches = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Speech speech) {
                speeches.add(speech);
            }
        }
        return speeches;
    }

    public Builder toBuilder() {
        Builder builder = new Builder(character);
        builder.extensions.addAll(extensions);
        builder.parts.addAll(parts);
        return builder;
    }

    /** Builds a dialogue block part by part. */
    public static final class Builder {
        private final String character;
        private final List<String> extensions = new ArrayList<>();
        private final List<Part> parts = new ArrayList<>();

        private Builder(String cue) {
            Checks.notBlank(cue, "cue");
            Cue read = Cue.read(cue);
            this.character = Checks.notBlank(read.name(), "character");
            extensions.addAll(read.extensions());
        }

        public Builder extension(String extension) {
            extensions.add(Checks.notBlank(extension, "extension"));
            return this;
        }

        /** A line in parentheses becomes a parenthetical, any other a speech. */
        public Builder line(String line) {
            Checks.notNull(line, "line");
            String stripped = line.strip();
            if (stripped.length() >= 2 && stripped.startsWith("(") && stripped.endsWith(")")) {
                return parenthetical(stripped.substring(1, stripped.length() - 1));
            }
            return speech(line);
        }

        public Builder parenthetical(String text) {
            return part(new Parenthetical(StyledText.of(Checks.notNull(text, "parenthetical"))));
        }

        public Builder speech(String text) {
            return speech(StyledText.of(Checks.notNull(text, "speech")));
        }

        public Builder speech(StyledText text) {
            return part(new Speech(text));
        }

        /** Sung lines, printed in italics. */
        public Builder lyric(String text) {
            return part(new Lyric(StyledText.of(Checks.notNull(text, "lyric"))));
        }

        public Builder part(Part part) {
            parts.add(Checks.notNull(part, "part"));
            return this;
        }

        public Dialogue build() {
            return new Dialogue(character, extensions, parts);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
