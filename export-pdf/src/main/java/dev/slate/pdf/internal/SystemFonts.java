package dev.slate.pdf.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The fonts installed on this machine (TrueType and OpenType, with TrueType or PostScript outlines,
 * and collections), searched for one that covers a character. Monospaced regular faces come first so
 * that fallback text looks closest to Courier. The folders are listed only when a character first
 * needs a fallback, each file is read only when an earlier one lacks a character, and only its
 * character map is kept; shared by all renders.
 */
final class SystemFonts {

    /** A font installed on the system: a file, and the font's name inside it when it is a collection. */
    record Installed(Path file, String nameInCollection, CmapLookup cmap) {
        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    private static final SystemFonts INSTANCE = new SystemFonts();

    private List<Path> files;
    private final List<Installed> read = new ArrayList<>();
    private int next;

    static SystemFonts get() {
        return INSTANCE;
    }

    /** The first installed font that covers the character, or null. */
    synchronized Installed covering(int codePoint) {
        for (Installed font : read) {
            if (font.covers(codePoint)) {
                return font;
            }
        }
        if (files == null) {
            files = list();
        }
        while (next < files.size()) {
            int before = read.size();
            readFile(files.get(next++));
            for (Installed font : read.subList(before, read.size())) {
                if (font.covers(codePoint)) {
                    return font;
                }
            }
        }
        return null;
    }

    private void readFile(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> keep(file, font.getName(), font));
                }
            } else {
                try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    keep(file, null, font);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a font that cannot be read is simply not a candidate
        }
    }

    private void keep(Path file, String nameInCollection, TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap != null) {
            read.add(new Installed(file, nameInCollection, cmap));
        }
    }

    private static List<Path> list() {
        List<Path> found = new ArrayList<>(FamilyFiles.fontFiles(FamilyFiles.INSTALLED, true));
        found.sort(Comparator.comparing((Path p) -> rank(p)).thenComparing(Path::toString));
        return found;
    }

    /** Monospaced regular faces first, then other regular faces, then the rest. */
    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean styled = name.contains("bold") || name.contains("italic") || name.contains("oblique")
                || name.contains("light") || name.contains("condensed") || name.contains("narrow");
        boolean mono = name.contains("mono") || name.contains("courier");
        return (styled ? 2 : 0) + (mono ? 0 : 1);
    }
}
