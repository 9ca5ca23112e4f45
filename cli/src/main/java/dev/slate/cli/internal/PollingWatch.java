package dev.slate.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Looks at the files' states every interval: works on every file system, at the cost of the interval. */
final class PollingWatch implements FileWatch {

    private final Duration interval;
    private List<Path> files = List.of();
    private Map<Path, FileState> seen = Map.of();

    PollingWatch(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void watch(Collection<Path> files) {
        this.files = List.copyOf(files);
        seen = FileState.of(this.files);
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<Path, FileState> now = FileState.of(files);
            if (!now.equals(seen)) {
                seen = now;
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000)));
        }
    }

    @Override
    public String how() {
        return "looking every " + interval.toMillis() + " ms";
    }

    @Override
    public void close() {
        // Nothing is held between looks.
    }
}
