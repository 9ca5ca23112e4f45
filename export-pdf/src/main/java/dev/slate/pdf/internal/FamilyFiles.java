package dev.slate.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a family's faces by file name: beside a regular face ("Courier Prime.otf" with "Courier Prime
 * Bold.otf", "LiberationMono-Regular.ttf" with "LiberationMono-BoldItalic.ttf", "DejaVuSansMono.ttf"
 * with "DejaVuSansMono-Oblique.ttf"), or among the installed fonts by the family's name. Only file
 * names are compared, so no font is read to find one.
 */
public final class FamilyFiles {

    /** The folders fonts are installed in, on Linux, macOS and Windows. */
    public static final List<Path> INSTALLED = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), Path.of("C:\\Windows\\Fonts"));

    private static final String[][] SUFFIXES = {
        {"", "regular", "roman", "book", "normal"},
        {"bold"},
        {"italic", "oblique"},
        {"bolditalic", "boldoblique", "italicbold", "obliquebold"},
    };

    private FamilyFiles() {
    }

    /** The regular, bold, italic and bold-italic files of the family of a regular face; null where none. */
    public static Path[] siblings(Path regular) {
        Path[] faces = new Path[4];
        faces[Styles.REGULAR] = regular;
        String base = base(stem(regular));
        Path dir = regular.toAbsolutePath().getParent();
        if (dir == null) {
            return faces;
        }
        List<Path> candidates = fontFiles(List.of(dir), false);
        for (int style = Styles.BOLD; style <= Styles.BOLD_ITALIC; style++) {
            faces[style] = find(candidates, base, style).orElse(null);
        }
        return faces;
    }

    /** The regular face of an installed family, by its name in any case and spacing ("liberation mono"). */
    public static Optional<Path> installed(String family) {
        String wanted = normal(family);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return find(fontFiles(INSTALLED, true), wanted, Styles.REGULAR);
    }

    /** Font files in folders (and, when asked, their subfolders), sorted by path so the choice is stable. */
    public static List<Path> fontFiles(List<Path> dirs, boolean deep) {
        List<Path> found = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = deep ? Files.walk(dir) : Files.list(dir)) {
                walk.filter(Files::isRegularFile).filter(FamilyFiles::isFontFile).forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder holds no candidates
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".otc");
    }

    private static Optional<Path> find(List<Path> files, String base, int style) {
        for (String suffix : SUFFIXES[style]) {
            for (Path file : files) {
                if (normal(stem(file)).equals(base + suffix)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** The family part of a regular face's name: "courierprime" of "Courier Prime Regular". */
    private static String base(String stem) {
        String name = normal(stem);
        for (String suffix : SUFFIXES[Styles.REGULAR]) {
            if (!suffix.isEmpty() && name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
