package dev.slate.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files outputs are written to before they are moved into place. Each is named
 * {@code .NAME.slate-PID-RANDOM.part} beside its output, so that a leftover is recognisable; an
 * interrupted run (Ctrl-C, SIGTERM) deletes its own on the way out, and the next run in the folder
 * deletes those of a run that was killed outright (its process no longer exists).
 */
final class TempFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Held while a file is created and registered, and by the shutdown hook, so that none escapes it. */
    private static final Object LOCK = new Object();
    private static boolean shuttingDown;
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong NEXT = new AtomicLong();
    /** Only the owner reads a file being written, as with {@link Files#createTempFile}. */
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "slate-temp-cleanup"));
    }

    private TempFiles() {
    }

    /** A new temporary file in {@code dir} for the output named {@code name}, deleted if the JVM stops first. */
    static Path create(Path dir, String name) throws IOException {
        removeLeftovers(dir);
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("the run is being interrupted");
            }
            while (true) {
                // A name of our own: Files.createTempFile starts a SecureRandom, milliseconds of a short run.
                Path temp = dir.resolve("." + name + ".slate-" + PID + "-" + Long.toUnsignedString(NEXT.getAndIncrement(), 36)
                        + Long.toUnsignedString(System.nanoTime(), 36) + ".part");
                try {
                    Files.createFile(temp, PRIVATE);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(temp);
                }
                LIVE.add(temp);
                return temp;
            }
        }
    }

    /** Whether the JVM is stopping (Ctrl-C, SIGTERM): a write that fails now fails because of it. */
    static boolean stopping() {
        synchronized (LOCK) {
            return shuttingDown;
        }
    }

    /** The file was moved into place: nothing to delete any more. */
    static void moved(Path temp) {
        LIVE.remove(temp);
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The run already failed; that error is the one to report.
        }
        LIVE.remove(temp);
    }

    /** Whether a file name is one of ours. */
    static boolean isTemporary(String fileName) {
        // told apart by its ending first: most folders hold none, and the pattern is then never compiled
        return fileName.endsWith(".part") && fileName.contains(".slate-") && Name.PATTERN.matcher(fileName).matches();
    }

    /** The pattern of a temporary file's name, compiled when a folder first holds a name that may match. */
    private static final class Name {
        static final Pattern PATTERN = Pattern.compile("\\..+\\.slate-(\\d+)-[^/]*\\.part");
    }

    private static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isTemporary(p.getFileName().toString()))) {
            for (Path entry : entries) {
                Matcher m = Name.PATTERN.matcher(entry.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && Files.isRegularFile(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException ignored) {
            // An unreadable folder fails the write itself, with a better message.
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid we wrote: leave it alone
        }
    }

    private static void deleteLive() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path temp : LIVE) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Shutting down: nothing left to tell.
                }
            }
        }
    }
}
