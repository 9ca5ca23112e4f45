package dev.slate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file so that a failure never leaves a partial file nor destroys an earlier one:
 * the content goes to a temporary file beside the target, which is then moved into place.
 */
final class Outputs {

    /** Writes the content of one output file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Outputs() {
    }

    /** Refuses an output path that names the input: the script is never overwritten. */
    static void checkNotInput(Path output, Path input) {
        if (sameFile(output, input)) {
            throw UserError.usage(output + ": is the input script; choose another output file");
        }
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw UserError.io(target + ": is a directory; name an output file");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw UserError.io(target + ": the folder " + dir + " does not exist; create it first");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw UserError.io(target + ": cannot write in " + dir + " (permission denied); choose another folder");
        } catch (IOException e) {
            throw UserError.io(target + ": cannot write in " + dir + " (" + e.getMessage() + ")", e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissions(temp, absolute);
            move(temp, absolute);
            moved = true;
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw UserError.io(target + ": cannot write (" + e.getMessage() + "); check the path and permissions", e);
        } catch (IOException e) {
            throw UserError.io(target + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A temporary file is private to its owner; the output gets the permissions of the file it
     * replaces, or those of an ordinary new file.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The write already failed; that error is the one to report.
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException ignored) {
            // Fall back to comparing the paths.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
