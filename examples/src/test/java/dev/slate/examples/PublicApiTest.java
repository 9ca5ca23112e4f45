package dev.slate.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything outside an {@code internal} package of a library module is API: each public type says since when
 * ({@code @since}), and the library leaves the JVM's global state alone.
 */
class PublicApiTest {

    private static final List<String> LIBRARIES = List.of("core", "export-pdf", "export-docx", "fdx");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s",
            Pattern.MULTILINE);
    /** A type made by a builder or a factory: a service or a value, whose javadoc says how it may be shared. */
    private static final Pattern BUILT = Pattern.compile("public static (Builder builder|[A-Z]\\w* create)\\(\\)");
    /** Calls that change the whole JVM (properties, locale, time zone, streams) or write to the console. */
    private static final Pattern GLOBAL_STATE = Pattern.compile(
            "System\\.(setProperty|setOut|setErr|exit)\\(|Locale\\.setDefault|TimeZone\\.setDefault"
                    + "|^\\s*System\\.(out|err)\\.", Pattern.MULTILINE);
    /** An {@code exports} line of a module descriptor. */
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOutsideInternalPackagesCarriesSince() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : librarySources()) {
            if (isApi(file)) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher type = PUBLIC_TYPE.matcher(source);
                if (type.find()) {
                    String before = source.substring(0, type.start());
                    int doc = before.lastIndexOf("/**");
                    if (doc < 0 || !before.substring(doc).contains("@since")) {
                        missing.add(file.toString());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBuiltTypeSaysWhetherItIsThreadSafe() throws IOException {
        List<String> silent = new ArrayList<>();
        for (Path file : librarySources()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (isApi(file) && BUILT.matcher(source).find() && !source.toLowerCase(java.util.Locale.ROOT).contains("thread-safe")) {
                silent.add(file.toString());
            }
        }
        assertThat(silent).isEmpty();
    }

    @Test
    void theLibraryNeverTouchesGlobalStateNorTheConsole() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : librarySources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher m = GLOBAL_STATE.matcher(code);
            while (m.find()) {
                found.add(file + ": " + m.group().trim());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void modulesExportTheirApiPackagesAndNoInternalOne() throws IOException {
        List<String> described = new ArrayList<>();
        for (String module : LIBRARIES) {
            Path sources = Path.of("..", module, "src", "main", "java");
            Path descriptor = sources.resolve("module-info.java");
            if (!Files.exists(descriptor)) {
                continue; // a module by its Automatic-Module-Name
            }
            described.add(module);
            Matcher export = EXPORTS.matcher(Files.readString(descriptor, StandardCharsets.UTF_8));
            List<String> exported = new ArrayList<>();
            while (export.find()) {
                exported.add(export.group(1));
            }
            assertThat(exported).as("%s exports", module).isNotEmpty()
                    .noneMatch(p -> p.endsWith(".internal") || p.contains(".internal."))
                    .allSatisfy(p -> assertThat(sources.resolve(p.replace('.', '/')).resolve("package-info.java"))
                            .as("%s exports %s", module, p).isRegularFile());
        }
        assertThat(described).contains("core", "export-pdf", "export-docx");
    }

    private static boolean isApi(Path file) {
        String name = file.getFileName().toString();
        for (Path part : file) {
            if (part.toString().equals("internal")) {
                return false;
            }
        }
        return !name.equals("package-info.java") && !name.equals("module-info.java");
    }

    private static List<Path> librarySources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : LIBRARIES) {
            Path dir = Path.of("..", module, "src", "main", "java");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).as("library sources").isNotEmpty();
        return files;
    }
}
