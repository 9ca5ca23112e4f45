package dev.slate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code slate} in this JVM or as a separate process, and keeps what it printed. */
record Slate(int exitCode, String out, String err) {

    static Slate run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Slate(code, out.toString(), err.toString());
    }

    /** As a user runs it: a new JVM with the same class path, in the given folder. */
    static Slate process(Path dir, String... args) throws IOException, InterruptedException {
        return java(dir, Main.class, args);
    }

    /** Runs a main class of the test class path in a new JVM. */
    static Slate java(Path dir, Class<?> main, String... args) throws IOException, InterruptedException {
        return finish(start(dir, List.of(), main, args));
    }

    /** As a user runs it, in a JVM started with these options (e.g. {@code -Xmx16m}). */
    static Slate processWith(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return finish(start(dir, jvmOptions, Main.class, args));
    }

    /** Starts {@code slate} in a new JVM and returns at once, for tests that signal or feed it. */
    static Process start(Path dir, List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        return process;
    }

    /** Waits for a started process and keeps what it printed. */
    static Slate finish(Process process) throws IOException, InterruptedException {
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("slate did not finish in 60 s");
        }
        return new Slate(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
