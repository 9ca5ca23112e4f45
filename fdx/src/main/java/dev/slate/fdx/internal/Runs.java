package dev.slate.fdx.internal;

import dev.slate.core.Style;
import dev.slate.core.StyledText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A paragraph's {@code <Text>} runs and Slate's styled text. Runs are joined with no separator and
 * their whitespace kept; {@code Style} is split on {@code +} in any order, unknown tokens ignored; a
 * run's {@code Style} replaces its element's (FDX.md section 4).
 */
final class Runs {

    static final String ALL_CAPS = "AllCaps";

    private Runs() {
    }

    /**
     * The text of a paragraph's runs.
     *
     * @param defaultStyle the element's style from its ElementSettings, for runs without {@code Style}
     * @param applyCaps    whether text in AllCaps is stored in capitals (Slate prints it as stored); never
     *                     for an element whose own style is AllCaps, whose text Slate keeps as stored
     */
    static StyledText read(XmlNode paragraph, String defaultStyle, boolean applyCaps) {
        applyCaps &= !hasCaps(defaultStyle);
        List<StyledText.Span> spans = new ArrayList<>();
        for (XmlNode run : paragraph.children("Text")) {
            String style = run.attribute("Style").orElse(defaultStyle);
            String text = run.text();
            Set<Style> styles = EnumSet.noneOf(Style.class);
            boolean caps = false;
            for (String token : style.split("\\+")) {
                switch (token.strip().toLowerCase(Locale.ROOT)) {
                    case "bold" -> styles.add(Style.BOLD);
                    case "italic" -> styles.add(Style.ITALIC);
                    case "underline" -> styles.add(Style.UNDERLINE);
                    case "allcaps" -> caps = true;
                    default -> {
                        // HiddenText, Strikeout and unknown tokens: no Slate style
                    }
                }
            }
            spans.add(new StyledText.Span(caps && applyCaps ? text.toUpperCase(Locale.ROOT) : text, styles));
        }
        return new StyledText(spans);
    }

    private static boolean hasCaps(String style) {
        for (String token : style.split("\\+")) {
            if (token.strip().equalsIgnoreCase(ALL_CAPS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the text as runs; {@code caps} adds AllCaps, the style of a capitalised element, to every
     * run, and {@code italic} Italic, the style of lyrics.
     */
    static void write(XmlOut out, StyledText text, boolean caps, boolean italic) {
        for (StyledText.Span span : text.spans()) {
            out.textElement("Text", style(span.styles(), caps, italic), span.text());
        }
    }

    /** Text without italics: lyrics, which Slate prints in italics whatever their spans say. */
    static StyledText withoutItalic(StyledText text) {
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            Set<Style> styles = EnumSet.noneOf(Style.class);
            styles.addAll(span.styles());
            styles.remove(Style.ITALIC);
            spans.add(new StyledText.Span(span.text(), styles));
        }
        return new StyledText(spans);
    }

    /** A run's Style attribute, or null for a plain run of an element whose own style is plain. */
    static String style(Set<Style> styles, boolean caps, boolean italic) {
        StringBuilder style = new StringBuilder();
        for (Style s : Style.values()) {
            if (!styles.contains(s) && !(italic && s == Style.ITALIC)) {
                continue;
            }
            if (style.length() > 0) {
                style.append('+');
            }
            style.append(switch (s) {
                case BOLD -> "Bold";
                case ITALIC -> "Italic";
                case UNDERLINE -> "Underline";
            });
        }
        if (caps) {
            style.append(style.length() > 0 ? "+" : "").append(ALL_CAPS);
        }
        return style.length() == 0 ? null : style.toString();
    }
}
