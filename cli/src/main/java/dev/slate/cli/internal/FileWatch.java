package dev.slate.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;

/**
 * Tells when one of a set of files may have changed, for {@code slate watch}. A "maybe" is enough:
 * the caller compares the files' {@link FileState}s before doing any work.
 */
public interface FileWatch extends AutoCloseable {

    /** The files to watch from now on, replacing the earlier set. */
    void watch(Collection<Path> files) throws IOException;

    /**
     * Waits until a watched file may have changed, or {@code timeout} has passed.
     *
     * @return whether a file may have changed
     */
    boolean await(Duration timeout) throws InterruptedException;

    /** How changes are noticed, for the line the command prints when it starts watching. */
    String how();

    @Override
    void close();

    /**
     * The file system's notifications where it gives them at once; otherwise (none at all, or the
     * JDK's own polling stand-in, which looks only every few seconds) polling every {@code interval}.
     */
    static FileWatch best(Duration interval) {
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return new PollingWatch(interval);
        }
        if (service.getClass().getName().endsWith("PollingWatchService")) {
            try {
                service.close();
            } catch (IOException ignored) {
                // Closing a service that never watched anything frees nothing worth reporting.
            }
            return new PollingWatch(interval);
        }
        return new NotifiedWatch(service, interval);
    }

    /** Polling every {@code interval}, for file systems whose notifications do not arrive (network drives). */
    static FileWatch polling(Duration interval) {
        return new PollingWatch(interval);
    }
}
