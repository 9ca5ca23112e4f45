package dev.slate.cli;

import dev.slate.pdf.FontFamily;
import dev.slate.pdf.FontSource;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The value of {@code --font} or {@code --fallback-font} as a font family: four files separated by
 * commas (regular, bold, italic, bold italic; an empty place for a face the family lacks), one file
 * whose sibling faces are found by name, or the name of an installed family. A value that is not a
 * font gets a message naming the option and what to give instead.
 */
final class FontOption {

    /** The value of {@code --font} that keeps the standard Courier fonts, not embedded. */
    static final String STANDARD_COURIER = "standard-courier";

    private FontOption() {
    }

    static FontFamily family(String option, String value) {
        if (value.contains(",")) {
            String[] files = value.split(",", -1);
            if (files.length != 4 || files[0].isBlank()) {
                throw UserError.usage(option + " " + value + ": give one font file, an installed family's name, or "
                        + "four files REGULAR,BOLD,ITALIC,BOLDITALIC (a place may be empty)");
            }
            FontSource[] faces = new FontSource[4];
            for (int i = 0; i < 4; i++) {
                faces[i] = files[i].isBlank() ? null : source(option, Path.of(files[i].strip()));
            }
            return FontFamily.of(faces[0], faces[1], faces[2], faces[3]);
        }
        Path file = Path.of(value);
        if (Files.exists(file) || looksLikeAPath(value)) {
            check(option, file);
            try {
                return FontFamily.file(file);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw UserError.io(option + " " + e.getMessage(), e);
            }
        }
        return FontFamily.installed(value).orElseThrow(() -> UserError.io(option + " " + value + ": no such font "
                + "file, and no installed font family of that name; give a .ttf, .otf or .ttc file or the name of an "
                + "installed family such as \"Liberation Mono\""));
    }

    private static FontSource source(String option, Path file) {
        check(option, file);
        try {
            return FontSource.file(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw UserError.io(option + " " + e.getMessage(), e);
        }
    }

    private static void check(String option, Path file) {
        if (!Files.exists(file)) {
            throw UserError.io(option + " " + file + ": no such font file; give the path of a .ttf, .otf or .ttc file");
        }
        if (!Files.isRegularFile(file)) {
            throw UserError.io(option + " " + file + ": not a regular file; give the path of a .ttf, .otf or .ttc file");
        }
    }

    private static boolean looksLikeAPath(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.contains("/") || value.contains("\\") || lower.endsWith(".ttf") || lower.endsWith(".otf")
                || lower.endsWith(".ttc") || lower.endsWith(".otc");
    }
}
