package dev.slate.docx;

import dev.slate.core.testing.SharedFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Prints a DOCX the way a crew would: LibreOffice converts it to PDF. Tests skip when it is not installed. */
final class LibreOffice {

    private LibreOffice() {
    }

    static boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    static void assumeInstalled() {
        assumeTrue(installed(), "soffice is not installed (Debian: libreoffice-writer-nogui)");
    }

    /** Converts {@code name.docx} written into {@code dir} to {@code name.pdf} beside it. */
    static Path toPdf(Path dir, String name, byte[] docx) throws IOException, InterruptedException {
        Path source = dir.resolve(name + ".docx");
        Files.write(source, docx);
        Process process = new ProcessBuilder("soffice", "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf",
                "--outdir", dir.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in 180 s");
        }
        Path pdf = dir.resolve(name + ".pdf");
        if (!Files.exists(pdf)) {
            throw new IOException("soffice did not convert " + source + ": " + Files.readString(dir.resolve("soffice.log")));
        }
        keepForPeople(source);
        keepForPeople(pdf);
        return pdf;
    }

    /** Skips a test that needs LibreOffice Calc (Debian: libreoffice-calc-nogui), which the Writer package lacks. */
    static void assumeCalc(Path dir) throws IOException, InterruptedException {
        assumeInstalled();
        Path probe = Files.createDirectories(dir.resolve("calc-probe")).resolve("probe.csv");
        Files.writeString(probe, "a,b\r\n");
        boolean calc;
        try {
            convert(probe.getParent(), probe, "xlsx");
            calc = true;
        } catch (IOException e) {
            calc = !e.getMessage().contains("could not be loaded");
        }
        assumeTrue(calc, "LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)");
    }

    /** Converts a file in {@code dir} to another format ({@code xlsx}, {@code pdf}) with default import settings. */
    static Path convert(Path dir, Path source, String format, String... options)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri()));
        command.addAll(List.of(options));
        command.addAll(List.of("--convert-to", format, "--outdir", dir.toString(), source.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in 180 s");
        }
        String name = source.getFileName().toString();
        Path converted = dir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        if (!Files.exists(converted)) {
            throw new IOException("soffice did not convert " + source + ": " + Files.readString(dir.resolve("soffice.log")));
        }
        return converted;
    }

    /** Text of each page of a printed document, whitespace folded to single spaces. */
    static List<String> pages(org.apache.pdfbox.pdmodel.PDDocument pdf) throws IOException {
        List<String> pages = new java.util.ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
        }
        return pages;
    }

    /** A copy under target/printed/ for a person to look at. */
    private static void keepForPeople(Path file) throws IOException {
        Path keep = Path.of("target", "printed");
        Files.createDirectories(keep);
        Files.copy(file, keep.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs the shared check tool on a DOCX; returns its exit code and output. */
    static List<String> check(Path docx, String... expect) throws IOException, InterruptedException {
        Path tool = SharedFolder.tool("check-shotlist-docx");
        assumeTrue(Files.isRegularFile(tool), "check tool not found at " + tool);
        List<String> command = new java.util.ArrayList<>(List.of("python3", tool.toString(), docx.toString()));
        for (String e : expect) {
            command.add("--expect");
            command.add(e);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(240, TimeUnit.SECONDS);
        return List.of(Integer.toString(process.exitValue()), output);
    }
}
