package dev.slate.pdf;

import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shared tool {@code check-screenplay-pdf} on a PDF and returns its findings. Tests that
 * use it are skipped where the tool or poppler's pdftotext is missing.
 */
final class FormatCheck {

    private FormatCheck() {
    }

    static List<String> findings(Path pdf) {
        Path tool = SharedFolder.tool("check-screenplay-pdf");
        Assumptions.assumeTrue(Files.isExecutable(tool), "check-screenplay-pdf is in ../shared/tools");
        Assumptions.assumeTrue(onPath("pdftotext") && onPath("python3"), "poppler-utils and python3 are installed");
        try {
            Process process = new ProcessBuilder(tool.toString(), pdf.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() == 2) {
                throw new AssertionError("check-screenplay-pdf could not read " + pdf + ": " + out);
            }
            return out.lines().filter(l -> l.startsWith("page ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static final java.util.regex.Pattern OFF_COLUMN =
            java.util.regex.Pattern.compile("line starts at x=([\\d.]+) pt, no screenplay column: '(.*)'$");

    /**
     * Whether a finding is a parenthetical of dual dialogue, which sits between the column's cue and
     * its speech (FORMAT.md has no column for it, so the checker does not know it), as the layout shows.
     */
    static boolean isDualParenthetical(String finding, dev.slate.core.layout.Layout layout) {
        java.util.regex.Matcher m = OFF_COLUMN.matcher(finding);
        if (!m.find()) {
            return false;
        }
        double x = Double.parseDouble(m.group(1)) / 72;
        return layout.pages().stream().flatMap(p -> p.lines().stream()).anyMatch(l ->
                l.kind() == dev.slate.core.layout.LineKind.PARENTHETICAL && Math.abs(l.x() - x) < 0.01
                        && (l.x() < 3.0 || l.x() > 4.5) && l.text().plain().startsWith(m.group(2)));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
