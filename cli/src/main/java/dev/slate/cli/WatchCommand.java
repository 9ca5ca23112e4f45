package dev.slate.cli;

import dev.slate.cli.internal.FileState;
import dev.slate.cli.internal.FileWatch;
import dev.slate.cli.internal.Terminal;
import dev.slate.core.Scene;
import dev.slate.core.layout.Layout;
import dev.slate.core.shot.Shot;
import dev.slate.docx.Storyboards;
import dev.slate.pdf.IncrementalPdfRenderer;
import dev.slate.pdf.PdfScreenplayRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code slate watch}: renders as {@code render} does, then again every time a script or a storyboard
 * it uses is saved, with the same renderer kept warm, until Ctrl-C.
 */
@Command(name = "watch", addMethodSubcommands = false,
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Render scripts as render does, then again every time a script or a storyboard it uses is "
                + "saved, until Ctrl-C. Takes every option of render.",
                "Prints a line for each render with its page count and the time it took, and each problem as check "
                        + "prints it. A failed render is reported and the watch goes on; the outputs stay as they were."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:internal error", "2:usage error",
                "3:a script cannot be read at the start, or a font cannot be used"})
final class WatchCommand implements Callable<Integer> {

    /**
     * How long the files must stay quiet before a render's outputs are put in place: one save is often
     * several writes and a rename. A render starts at the first change and runs while they settle.
     */
    private static final Duration QUIET = Duration.ofMillis(10);
    /** A script that cannot be read just after a change may still be being saved: it is read again. */
    private static final Duration RETRY = Duration.ofMillis(100);
    private static final int RETRIES = 5;
    private static final Duration UNTIL_A_CHANGE = Duration.ofDays(1);

    @Spec
    CommandSpec spec;

    @Mixin
    RenderCommand render;

    @Option(names = "--poll", arity = "0..1", fallbackValue = "250", paramLabel = "MS",
            description = "Look at the files every MS milliseconds (${FALLBACK-VALUE} when no number is given) "
                    + "instead of being told of changes, for network drives whose changes go unreported. Used "
                    + "anyway where the system reports no changes.")
    Integer pollMillis;

    /** A script being watched: where its outputs go, the files it was last rendered from, its PDF's last pages. */
    private static final class Watched {
        final OutputPlan.Job job;
        final IncrementalPdfRenderer pdf;
        /** The script and its storyboards as they were when it was last read. */
        Map<Path, FileState> files;
        /** Its last render was dropped, the files changing again while it ran: rendered again whatever they say. */
        boolean stale;

        Watched(OutputPlan.Job job, PdfScreenplayRenderer renderer) {
            this.job = job;
            this.pdf = renderer.incremental();
            this.files = FileState.of(List.of(job.input()));
        }

        boolean changed() {
            return stale || !FileState.of(files.keySet()).equals(files);
        }
    }

    /** Whether the files have been quiet for {@link #QUIET} since the last change heard, waiting out the rest of it. */
    private static final class Quiet {
        private final FileWatch changes;
        private long lastChange = System.nanoTime();

        Quiet(FileWatch changes) {
            this.changes = changes;
        }

        void heard() {
            lastChange = System.nanoTime();
        }

        boolean settled() {
            long left = QUIET.toNanos() - (System.nanoTime() - lastChange);
            try {
                if (changes.await(Duration.ofNanos(Math.max(0, left)))) {
                    heard();
                    return false;
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pollMillis != null && pollMillis <= 0) {
            throw UserError.usage("--poll must be a positive number of milliseconds, got " + pollMillis);
        }
        List<OutputPlan.Job> jobs = render.jobs();
        for (OutputPlan.Job job : jobs) {
            refuseStandardOutput(job);
            if (!Files.exists(job.input())) {
                Script.read(job.input()); // the error render gives for a missing script
            }
        }
        PdfScreenplayRenderer renderer = render.pdfRenderer(out);
        List<Watched> watched = jobs.stream().map(job -> new Watched(job, renderer)).toList();
        Duration interval = Duration.ofMillis(pollMillis == null ? 250 : pollMillis);
        ExecutorService renders = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "slate-watch-render");
            thread.setDaemon(true);
            return thread;
        });
        try (FileWatch changes = pollMillis == null ? FileWatch.best(interval) : FileWatch.polling(interval)) {
            for (Watched w : watched) {
                toTheEnd(renders, () -> render(w, renderer, () -> true, out, err));
            }
            changes.watch(files(watched));
            out.println("watching " + description(watched) + " (" + changes.how() + "); Ctrl-C stops");
            out.flush();
            Quiet quiet = new Quiet(changes);
            while (true) {
                changes.await(UNTIL_A_CHANGE);
                quiet.heard();
                boolean rendered = false;
                // Rendered at once, while the save may still be going on: the outputs are put in place
                // only if the files then stay quiet, else the render is dropped and done again once they are.
                for (boolean again = true; again; ) {
                    again = false;
                    for (Watched w : watched) {
                        if (w.changed()) {
                            toTheEnd(renders, () -> render(w, renderer, quiet::settled, out, err));
                            rendered = true;
                            again |= w.stale;
                        }
                    }
                    if (again) {
                        while (changes.await(QUIET)) {
                            quiet.heard(); // still being saved
                        }
                    }
                }
                if (rendered) {
                    changes.watch(files(watched));
                }
            }
        } catch (InterruptedException stopped) {
            return ExitCodes.OK;
        } finally {
            renders.shutdown();
        }
    }

    /**
     * Runs a render on its own thread and waits for it to finish even when this thread is interrupted:
     * an interrupt ends the watch between renders, never in the middle of one (where it would close
     * the files being read and written).
     */
    private static void toTheEnd(ExecutorService renders, Runnable render) throws InterruptedException {
        Future<?> done = renders.submit(render);
        boolean interrupted = false;
        while (true) {
            try {
                done.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) e.getCause();
            }
        }
        if (interrupted) {
            throw new InterruptedException("stopped");
        }
    }

    /**
     * Renders one script, printing its problems and one line with its pages and time, or why it failed;
     * when {@code current} no longer holds once the outputs are written (the files changed again), the
     * render is dropped without a word and the script marked stale.
     */
    private void render(Watched w, PdfScreenplayRenderer renderer, BooleanSupplier current, PrintWriter out,
                        PrintWriter err) {
        long start = System.nanoTime();
        Map<Path, FileState> before = FileState.of(w.files.keySet());
        // what the render prints waits until it is known not to be dropped
        StringWriter printed = new StringWriter();
        PrintWriter problems = new PrintWriter(printed);
        w.stale = false;
        try {
            Script script = read(w.job.input());
            w.files = FileState.of(Stream.concat(Stream.of(w.job.input()), boards(script).stream()).toList());
            w.files.putAll(before);
            Layout[] drawn = new Layout[1];
            if (!render.render(w.job, script, renderer, (play, pdf) -> drawn[0] = w.pdf.render(play, pdf), current,
                    problems)) {
                w.stale = true;
                return;
            }
            int pages = (drawn[0] != null ? drawn[0] : renderer.paginator().paginate(script.screenplay())).pageCount();
            problems.flush();
            out.print(printed);
            out.printf("%s: rendered %d %s in %d ms%n", Terminal.line(w.job.input().toString()), pages,
                    pages == 1 ? "page" : "pages", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            w.files = before;
            if (TempFiles.stopping()) {
                return; // interrupted mid-render: the outputs are as they were, and that is no problem to report
            }
            if (!current.getAsBoolean()) {
                w.stale = true; // read halfway through a save: the save's end is rendered instead
                return;
            }
            problems.flush();
            out.print(printed);
            out.flush();
            ErrorHandler.report(e, err, render.debug.debug);
        }
        out.flush();
    }

    /** Reads a script, again a few times while it cannot be read: an editor may be halfway through saving it. */
    private static Script read(Path file) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Script.read(file);
            } catch (UserError e) {
                if (attempt == RETRIES) {
                    throw e;
                }
                LockSupport.parkNanos(RETRY.toNanos());
            }
        }
    }

    /** The storyboard files a script names, where the shot list would read them. */
    private List<Path> boards(Script script) {
        Path folder = render.boards.folder(script.file());
        List<Path> files = new ArrayList<>();
        for (Scene scene : script.screenplay().scenes()) {
            for (Shot shot : scene.shots()) {
                shot.storyboard().filter(board -> !Storyboards.isLink(board)).ifPresent(board -> {
                    try {
                        files.add(folder.resolve(board).normalize());
                    } catch (java.nio.file.InvalidPathException unusable) {
                        // The shot list reports it; there is nothing to watch.
                    }
                });
            }
        }
        return files;
    }

    private static Set<Path> files(List<Watched> watched) {
        Set<Path> files = new LinkedHashSet<>();
        watched.forEach(w -> files.addAll(w.files.keySet()));
        return files;
    }

    private static String description(List<Watched> watched) {
        int boards = files(watched).size() - watched.size();
        String scripts = watched.size() == 1 ? Terminal.line(watched.get(0).job.input().toString())
                : watched.size() + " scripts";
        return boards == 0 ? scripts : scripts + " and " + boards + (boards == 1 ? " storyboard" : " storyboards");
    }

    /** Each render would be sent to standard output after the last: a watch writes files. */
    private static void refuseStandardOutput(OutputPlan.Job job) {
        for (OutputTarget target : new OutputTarget[] {job.pdf(), job.docx(), job.csv(), job.xlsx(), job.sheet()}) {
            if (target instanceof OutputTarget.StandardOutput) {
                throw UserError.usage("watch writes its outputs to files, again at every save; name an output file "
                        + "instead of -");
            }
        }
    }
}
