package dev.slate.pdf;

import java.lang.Character.UnicodeScript;
import java.util.Objects;
import java.util.Set;

/**
 * No font, neither the main one nor any fallback, can draw a character. The message names the
 * character, its code point, where it is and the remedy; the code point and the part of the document
 * are also given to callers who want to point at the character in their own terms.
 *
 * @since 0.1.0
 */
public final class MissingGlyphException extends PdfRenderException {

    private static final long serialVersionUID = 1L;

    private static final Set<UnicodeScript> CJK = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

    /** The part of the document the character is in. */
    public enum Part {
        /** The screenplay: its title page or its pages. */
        SCRIPT,
        /** The renderer's watermark option. */
        WATERMARK,
        /** The renderer's header option. */
        HEADER,
        /** The renderer's footer option. */
        FOOTER
    }

    private final int codePoint;
    private final Part part;

    /** A missing character of the screenplay, described by the message. */
    public MissingGlyphException(int codePoint, String message) {
        this(codePoint, Part.SCRIPT, message);
    }

    /** A missing character in a part of the document, described by the message. */
    public MissingGlyphException(int codePoint, Part part, String message) {
        super(message);
        this.codePoint = codePoint;
        this.part = Objects.requireNonNull(part, "part must not be null");
    }

    /** The character no font can draw. */
    public int codePoint() {
        return codePoint;
    }

    /** Where the character is: the screenplay, or an option's text. */
    public Part part() {
        return part;
    }

    /**
     * What to install so that a character can be drawn, for messages: installed fonts are searched
     * when the main font lacks a character, TrueType and OpenType alike.
     */
    public static String installAdvice(int codePoint) {
        boolean cjk = CJK.contains(UnicodeScript.of(codePoint));
        return "install a font that covers it (on Debian " + (cjk ? "fonts-noto-cjk or fonts-wqy-microhei"
                : "fonts-noto-core") + ", or any font in the system's font folders)";
    }

    /**
     * The whole remedy, for messages: {@link #installAdvice}, or name a font with {@code naming}, the
     * way the reader of the message names a fallback font ({@code --fallback-font FONT} on a command
     * line, a builder method in code).
     */
    public static String remedy(int codePoint, String naming) {
        return installAdvice(codePoint) + ", or name one with " + naming;
    }
}
