package dev.slate.cli.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The file system's notifications (inotify on Linux, ReadDirectoryChangesW on Windows). The folders
 * are watched, not the files: an editor that saves by writing a new file and renaming it over the
 * old one replaces the file, and a watch on the old file would hear nothing more.
 */
final class NotifiedWatch implements FileWatch {

    private final WatchService service;
    /** The folder of each registration. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The file names watched in each folder: the rest of a folder's changes (the outputs among them) are ignored. */
    private final Map<Path, Set<Path>> names = new HashMap<>();
    private final PollingWatch fallback;
    private boolean polling;

    NotifiedWatch(WatchService service, Duration pollInterval) {
        this.service = service;
        this.fallback = new PollingWatch(pollInterval);
    }

    @Override
    public void watch(Collection<Path> files) throws IOException {
        fallback.watch(files);
        Map<Path, Set<Path>> wanted = new HashMap<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            wanted.computeIfAbsent(absolute.getParent(), d -> new HashSet<>()).add(absolute.getFileName());
        }
        for (var it = folders.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!wanted.containsKey(entry.getValue())) {
                entry.getKey().cancel();
                it.remove();
            }
        }
        for (Path folder : wanted.keySet()) {
            if (!folders.containsValue(folder)) {
                try {
                    folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
                } catch (IOException | UnsupportedOperationException e) {
                    // A folder that cannot be watched (gone, or on a file system without notifications) is looked at.
                    polling = true;
                }
            }
        }
        names.clear();
        names.putAll(wanted);
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        if (polling) {
            return fallback.await(timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            WatchKey key;
            try {
                key = left <= 0 ? service.poll() : service.poll(left, TimeUnit.NANOSECONDS);
            } catch (ClosedWatchServiceException e) {
                return false;
            }
            if (key == null) {
                return false;
            }
            boolean relevant = relevant(key);
            if (!key.reset()) {
                // The folder itself went away: look at the files until they come back.
                folders.remove(key);
                polling = true;
                return true;
            }
            if (relevant) {
                return true;
            }
        }
    }

    private boolean relevant(WatchKey key) {
        Set<Path> watched = names.getOrDefault(folders.get(key), Set.of());
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || watched.contains(event.context());
        }
        return relevant;
    }

    @Override
    public String how() {
        return polling ? fallback.how() : "told by the file system";
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // Nothing more will be watched either way.
        }
    }
}
