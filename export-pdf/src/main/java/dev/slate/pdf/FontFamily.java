package dev.slate.pdf;

import dev.slate.pdf.internal.FamilyFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A font family to draw a screenplay with: a regular face and, where the family has them, bold,
 * italic and bold-italic faces. A style the family lacks is drawn synthetically (bold by stroking the
 * outlines, italic by slanting them) and the renderer warns once.
 *
 * @since 0.1.0
 */
public final class FontFamily {

    private final String name;
    private final FontSource regular;
    private final FontSource bold;
    private final FontSource italic;
    private final FontSource boldItalic;

    private FontFamily(String name, FontSource regular, FontSource bold, FontSource italic, FontSource boldItalic) {
        this.name = name;
        this.regular = Objects.requireNonNull(regular, "regular must not be null");
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
    }

    /** A family of four faces; a null style is drawn synthetically from the nearest face. */
    public static FontFamily of(FontSource regular, FontSource bold, FontSource italic, FontSource boldItalic) {
        Objects.requireNonNull(regular, "regular must not be null");
        return new FontFamily(regular.name(), regular, bold, italic, boldItalic);
    }

    /** A family of one face, whose bold and italic are drawn synthetically. */
    public static FontFamily of(FontSource regular) {
        return of(regular, null, null, null);
    }

    /**
     * The family of a regular face's file, its other faces found beside it by name: "Courier Prime.otf"
     * finds "Courier Prime Bold.otf", "Courier Prime Italic.otf" and "Courier Prime Bold Italic.otf";
     * "LiberationMono-Regular.ttf" finds "LiberationMono-Bold.ttf" and so on ("Oblique" counts as italic).
     *
     * @throws IllegalArgumentException when a file is not a regular file or not a font
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static FontFamily file(Path regular) {
        Objects.requireNonNull(regular, "regular must not be null");
        Path[] files = FamilyFiles.siblings(regular);
        FontSource[] faces = new FontSource[4];
        for (int i = 0; i < 4; i++) {
            faces[i] = files[i] == null ? null : FontSource.file(files[i]);
        }
        return new FontFamily(regular.toString(), faces[0], faces[1], faces[2], faces[3]);
    }

    /**
     * An installed family by its name, in any case and spacing ("Liberation Mono", "courier prime"):
     * the installed font file named so (with or without "Regular"), and its other faces beside it.
     * Font folders are searched by file name only when this is called.
     */
    public static Optional<FontFamily> installed(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return FamilyFiles.installed(name).filter(Files::isRegularFile).map(FontFamily::file);
    }

    /** The name used in messages: the regular face's file or stream name. */
    public String name() {
        return name;
    }

    FontSource regular() {
        return regular;
    }

    FontSource bold() {
        return bold;
    }

    FontSource italic() {
        return italic;
    }

    FontSource boldItalic() {
        return boldItalic;
    }

    @Override
    public String toString() {
        return name;
    }
}
