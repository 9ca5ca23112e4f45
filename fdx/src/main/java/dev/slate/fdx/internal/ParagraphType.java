package dev.slate.fdx.internal;

import java.util.Locale;
import java.util.Optional;

/** The paragraph types of Final Draft that Slate reads and writes, as spelled in FDX's {@code Type}. */
enum ParagraphType {
    SCENE_HEADING("Scene Heading"),
    ACTION("Action"),
    CHARACTER("Character"),
    PARENTHETICAL("Parenthetical"),
    DIALOGUE("Dialogue"),
    TRANSITION("Transition"),
    SHOT("Shot"),
    GENERAL("General"),
    CAST_LIST("Cast List"),
    NEW_ACT("New Act"),
    END_OF_ACT("End of Act"),
    LYRICS("Lyrics"),
    /** An outline summary: Slate's synopsis. Hidden text in Final Draft. */
    SUMMARY("Summary"),
    /** Final Draft's outline elements: Slate's sections ({@code Outline 1} is level 1). */
    OUTLINE("Outline"),
    SEQUENCE("Sequence"),
    NOTE("Note");

    final String fdx;

    ParagraphType(String fdx) {
        this.fdx = fdx;
    }

    /** Whether Final Draft's default style of the type is AllCaps. */
    boolean capitalised() {
        return this == SCENE_HEADING || this == CHARACTER || this == TRANSITION || this == SHOT || this == NEW_ACT
                || this == END_OF_ACT;
    }

    /** The type named, ignoring case and surrounding space ({@code End Of Act} is {@code End of Act}). */
    static Optional<ParagraphType> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ParagraphType type : values()) {
            if (type != OUTLINE && type.fdx.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return outlineLevel(name).isPresent() ? Optional.of(OUTLINE) : Optional.empty();
    }

    /** The level of an {@code Outline N} type. */
    static Optional<Integer> outlineLevel(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (!s.startsWith("outline ")) {
            return Optional.empty();
        }
        String digits = s.substring("outline ".length()).strip();
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int level = Integer.parseInt(digits);
        return level >= 1 ? Optional.of(level) : Optional.empty();
    }
}
