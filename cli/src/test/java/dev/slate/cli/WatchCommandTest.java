package dev.slate.cli;

import dev.slate.core.testing.SharedFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code slate watch} as a writer uses it: it renders, then renders again at each save, whatever way
 * the editor saves; a script that cannot be read for a moment does not stop it; stopping it leaves
 * no temporary file. The waits are hang guards only: each ends as soon as what it waits for is seen.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WatchCommandTest {

    private static final String SCENE = "INT. KITCHEN - NIGHT\n\nJIAYI waits by the kettle.\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notified", "polling"})
    void rendersAgainWhenTheScriptIsSaved(String how, @TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);
        Path pdf = dir.resolve("kitchen.pdf");
        try (Watch watch = how.equals("polling") ? Watch.start(script.toString(), "--poll=20")
                : Watch.start(script.toString())) {
            watch.awaitOut("watching");
            assertThat(text(pdf)).contains("JIAYI waits by the kettle.");

            Files.writeString(script, "\nEXT. YARD - NIGHT\n\nThe kettle sings.\n", StandardOpenOption.APPEND);

            await(() -> text(pdf).contains("The kettle sings."));
            watch.awaitOut("kitchen.fountain: rendered 1 page in ");
            assertThat(watch.out()).contains("(" + (how.equals("polling") ? "looking every 20 ms" : "told by the file system") + ")");
        }
    }

    @Test
    void rendersAgainWhenAnEditorSavesByRenamingANewFileOverTheScript(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);
        Path pdf = dir.resolve("kitchen.pdf");
        try (Watch watch = Watch.start(script.toString(), "--pdf", pdf.toString())) {
            watch.awaitOut("watching");

            Path saved = Files.writeString(dir.resolve(".kitchen.fountain.swp"), SCENE + "\nThe kettle sings.\n");
            Files.move(saved, script, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            await(() -> text(pdf).contains("The kettle sings."));

            // The watch goes on after the replacement: the new file is watched too.
            Files.writeString(script, "\nThe lid rattles.\n", StandardOpenOption.APPEND);
            await(() -> text(pdf).contains("The lid rattles."));
        }
    }

    @Test
    void aSaveInManyWritesEndsWithThePdfOfTheWholeSaveAsRenderWritesIt(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);
        Path pdf = dir.resolve("kitchen.pdf");
        try (Watch watch = Watch.start(script.toString())) {
            watch.awaitOut("watching");
            // written while renders of the first pieces may be running: those are dropped or replaced
            for (int i = 1; i <= 40; i++) {
                Files.writeString(script, "\nINT. ROOM " + i + " - DAY\n\nThe kettle sings " + i + " times.\n",
                        StandardOpenOption.APPEND);
            }
            await(() -> text(pdf).contains("The kettle sings 40 times."));
            Path fresh = dir.resolve("fresh.pdf");
            assertThat(Slate.run("render", script.toString(), "--pdf", fresh.toString()).exitCode()).isZero();
            await(() -> Arrays.equals(bytes(pdf), bytes(fresh)));
            assertThat(watch.err()).isEmpty();
            assertThat(names(dir)).containsExactlyInAnyOrder("kitchen.fountain", "kitchen.pdf", "fresh.pdf");
        }
    }

    @Test
    void aScriptThatCannotBeReadIsReportedAndTheWatchGoesOnUntilItIsFixed(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);
        Path pdf = dir.resolve("kitchen.pdf");
        try (Watch watch = Watch.start(script.toString())) {
            watch.awaitOut("watching");
            byte[] rendered = Files.readAllBytes(pdf);

            // Half a save: a UTF-8 character cut in two.
            byte[] cut = Arrays.copyOf(("The kettle sings \u00e9").getBytes(StandardCharsets.UTF_8), 18);
            Files.write(script, cut);
            watch.awaitErr("not UTF-8");
            assertThat(watch.err()).startsWith("slate: " + script).doesNotContain("Exception");
            assertThat(Files.readAllBytes(pdf)).isEqualTo(rendered);

            Files.writeString(script, SCENE + "\nThe kettle sings.\n");
            await(() -> text(pdf).contains("The kettle sings."));
            assertThat(watch.isRunning()).isTrue();
        }
    }

    @Test
    void problemsArePrintedAsCheckPrintsThem(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);
        try (Watch watch = Watch.start(script.toString())) {
            watch.awaitOut("watching");

            Files.writeString(script, SCENE + "\nINT. HALL\n\nDark.\n");

            String check = Slate.run("check", script.toString()).out();
            String problem = check.lines().filter(l -> l.contains("missing-time-of-day")).findFirst().orElseThrow();
            watch.awaitOut(problem);
        }
    }

    @Test
    void aChangedStoryboardRendersTheStoryboardSheetAgain(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("boards"));
        board(dir.resolve("boards/1.png"), Color.RED, 40);
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), "INT. KITCHEN - NIGHT\n\n"
                + "[[SHOT 1: CU, static, 50mm | JIAYI | The kettle | storyboard: boards/1.png]]\n\nJIAYI waits.\n");
        Path sheet = dir.resolve("kitchen-storyboards.docx");
        try (Watch watch = Watch.start(script.toString(), "--storyboards")) {
            watch.awaitOut("watching " + script + " and 1 storyboard");
            byte[] first = Files.readAllBytes(sheet);

            board(dir.resolve("boards/1.png"), Color.BLUE, 60);

            await(() -> !Arrays.equals(bytes(sheet), first));
        }
    }

    @Test
    void stoppingTheWatchInTheMiddleOfARenderLetsThatRenderFinish(@TempDir Path dir) throws Exception {
        String bigFish = Files.readString(SharedFolder.resolve("corpus/fountain/big-fish.fountain"));
        Path script = Files.writeString(dir.resolve("long.fountain"), bigFish);
        try (Watch watch = Watch.start(script.toString())) {
            watch.awaitOut("watching");
            Files.writeString(script, "\nINT. ROOM - DAY\n\nMore.\n", StandardOpenOption.APPEND);
            await(() -> names(dir).stream().anyMatch(TempFiles::isTemporary) || watch.out().contains("rendered 1"));

            watch.stop();

            assertThat(watch.exitCode()).isZero();
            assertThat(watch.err()).isEmpty();
            assertThat(names(dir)).containsExactlyInAnyOrder("long.fountain", "long.pdf");
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void ctrlCEndsTheWatchAndLeavesNoTemporaryFile(String signal, @TempDir Path dir) throws Exception {
        String bigFish = Files.readString(SharedFolder.resolve("corpus/fountain/big-fish.fountain"));
        Path script = Files.writeString(dir.resolve("long.fountain"), bigFish.repeat(3));
        Process slate = Slate.start(dir, List.of(), Main.class, "watch", "long.fountain");
        Thread drain = new Thread(() -> {
            try {
                slate.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException ended) {
                // The process is gone.
            }
        });
        drain.start();
        try {
            await(() -> Files.exists(dir.resolve("long.pdf")));
            // Saves in quick succession, so that the signal is likely to come in the middle of a render.
            for (int i = 0; i < 20 && names(dir).stream().noneMatch(TempFiles::isTemporary); i++) {
                Files.writeString(script, "\nINT. ROOM " + i + " - DAY\n\nMore.\n", StandardOpenOption.APPEND);
                Thread.sleep(30);
            }
            new ProcessBuilder("kill", "-" + signal, Long.toString(slate.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(slate.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(names(dir)).containsExactlyInAnyOrder("long.fountain", "long.pdf");
            assertThat(new String(slate.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        } finally {
            slate.destroyForcibly();
        }
    }

    @Test
    void standardOutputIsRefused(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("kitchen.fountain"), SCENE);

        Slate slate = Slate.run("watch", script.toString(), "--pdf", "-");

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(slate.err()).startsWith("slate: watch writes its outputs to files");
    }

    @Test
    void aMissingScriptEndsTheWatchAtOnce(@TempDir Path dir) {
        Slate slate = Slate.run("watch", dir.resolve("nowhere.fountain").toString());

        assertThat(slate.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(slate.err()).contains("nowhere.fountain").hasLineCount(1);
    }

    /** {@code slate watch} running in a thread of this JVM, stopped by interrupting it. */
    private static final class Watch implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int exitCode = -1;

        private Watch(String... args) {
            List<String> command = new ArrayList<>(List.of("watch"));
            command.addAll(List.of(args));
            thread = new Thread(() -> exitCode = Main.run(command.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true)), "slate-watch-test");
            thread.start();
        }

        static Watch start(String... args) {
            return new Watch(args);
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        boolean isRunning() {
            return thread.isAlive();
        }

        int exitCode() {
            return exitCode;
        }

        void awaitOut(String text) throws InterruptedException {
            await(() -> out().contains(text) || !thread.isAlive());
            assertThat(out()).as("stderr: " + err()).contains(text);
        }

        void awaitErr(String text) throws InterruptedException {
            await(() -> err().contains(text) || !thread.isAlive());
            assertThat(err()).contains(text);
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(thread.isAlive()).as("still running after an interrupt").isFalse();
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    /** Waits until the condition holds; fails after 60 s, a hang guard only. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** The text of a PDF, or nothing while it does not exist; read whole first, as the watch may replace it. */
    private static String text(Path pdf) {
        if (!Files.exists(pdf)) {
            return "";
        }
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void board(Path file, Color color, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, size, size);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
