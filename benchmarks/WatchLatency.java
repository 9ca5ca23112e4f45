import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code slate watch} takes from a save of big-fish.fountain to the new PDF in place: what
 * a writer waits for between saving in the editor and seeing the page. Appends a scene to a copy of
 * the script (or, with {@code --middle}, saves it whole with a line of action added halfway, which moves
 * every later page break), then waits for the watch to move a new PDF into place (told by the file
 * system, not polled), and repeats; the first renders warm the watch up and are not counted.
 *
 * <p>Run from the repository after {@code mvn -B -q package -DskipTests}:
 * {@code java benchmarks/WatchLatency.java [--middle] [WARMUP [RUNS]] [-- COMMAND...]}; the command
 * defaults to {@code bin/slate}. Prints every time and the median.
 */
public final class WatchLatency {

    public static void main(String[] args) throws Exception {
        int warmup = 10;
        int runs = 30;
        List<String> command = new ArrayList<>(List.of("bin/slate"));
        int dashes = List.of(args).indexOf("--");
        List<String> numbers = new ArrayList<>(dashes < 0 ? List.of(args) : List.of(args).subList(0, dashes));
        boolean middle = numbers.remove("--middle");
        if (numbers.size() > 0) {
            warmup = Integer.parseInt(numbers.get(0));
        }
        if (numbers.size() > 1) {
            runs = Integer.parseInt(numbers.get(1));
        }
        if (dashes >= 0) {
            command = new ArrayList<>(List.of(args).subList(dashes + 1, args.length));
        }
        Path shared = Path.of(System.getenv().getOrDefault("SLATE_SHARED", "../shared"));
        Path work = Files.createTempDirectory("slate-watch-latency");
        Path script = Files.copy(shared.resolve("corpus/fountain/big-fish.fountain"), work.resolve("big-fish.fountain"));
        Path pdf = work.resolve("big-fish.pdf");
        command.addAll(List.of("watch", script.toString(), "--pdf", pdf.toString()));
        Process watch = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CountDownLatch watching = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("watching ")) {
                        watching.countDown();
                    }
                }
            } catch (IOException ended) {
                // The watch stopped.
            }
        });
        reader.setDaemon(true);
        reader.start();
        try (WatchService service = work.getFileSystem().newWatchService()) {
            if (!watching.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("slate watch did not start in 60 s: " + command);
            }
            work.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                Object before = Files.readAttributes(pdf, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
                long start = System.nanoTime();
                if (middle) {
                    String text = Files.readString(script);
                    int at = text.indexOf("\nINT.", text.length() / 2);
                    Files.writeString(script, text.substring(0, at) + "\nHe waits " + i + ".\n" + text.substring(at));
                } else {
                    Files.writeString(script, "\nINT. ROOM " + i + " - DAY\n\nHe waits.\n", StandardOpenOption.APPEND);
                }
                awaitNewFile(service, pdf, before);
                double took = (System.nanoTime() - start) / 1e6;
                if (i >= warmup) {
                    millis.add(took);
                }
                System.out.printf("%s %3d: %.1f ms%n", i < warmup ? "warm-up" : "run    ", i + 1, took);
                Thread.sleep(150); // a writer does not save 20 times a second
            }
            Collections.sort(millis);
            System.out.printf("save to new PDF in place, big-fish, %s, %d runs after %d warm-up: median %.1f ms, "
                    + "min %.1f ms, max %.1f ms%n", middle ? "a line added halfway" : "a scene appended", runs, warmup, millis.get(millis.size() / 2), millis.get(0),
                    millis.get(millis.size() - 1));
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(work);
        }
    }

    /** Waits until the PDF is another file than {@code before}: the watch moves each new one into place. */
    private static void awaitNewFile(WatchService service, Path pdf, Object before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Object now = Files.readAttributes(pdf, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (!now.equals(before)) {
                return;
            }
            WatchKey key = service.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (key == null) {
                throw new IllegalStateException("no new PDF in 60 s");
            }
            key.pollEvents();
            key.reset();
        }
    }
}
