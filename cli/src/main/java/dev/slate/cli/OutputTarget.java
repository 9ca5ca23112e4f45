package dev.slate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * What an output path names, decided before anything is written. A regular file (or a new one) is
 * replaced atomically, through any symbolic link so that the link itself stays; standard output
 * ({@code -}), a character device or a FIFO is streamed into and never replaced; anything else is
 * refused.
 */
sealed interface OutputTarget {

    /** The path as the user gave it, for messages. */
    Path shown();

    /** A regular file, or one that does not exist yet: written beside {@code file} and moved onto it. */
    record File(Path shown, Path file) implements OutputTarget {
    }

    /** A character device or a FIFO: opened and written, never replaced. */
    record Stream(Path shown, Path device) implements OutputTarget {
    }

    /** {@code -}: the command's standard output. */
    record StandardOutput(Path shown) implements OutputTarget {
    }

    /** The name that asks for standard output. */
    String STANDARD_OUTPUT = "-";

    static OutputTarget of(Path path, boolean force) {
        if (path.toString().equals(STANDARD_OUTPUT)) {
            return new StandardOutput(path);
        }
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                throw UserError.io(path + ": is a link to a file that does not exist; name the file itself");
            }
            Path absolute = path.toAbsolutePath();
            Path dir = absolute.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw UserError.io(path + ": the folder " + dir + " does not exist; create it first");
            }
            return new File(path, absolute);
        }
        if (Files.isDirectory(path)) {
            throw UserError.io(path + ": is a directory; name an output file");
        }
        if (Files.isRegularFile(path)) {
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                throw UserError.io(path + ": cannot resolve (" + e.getMessage() + ")", e);
            }
            if (!force && readOnly(real)) {
                throw UserError.io(path + ": is read-only; make it writable or give --force to replace it");
            }
            return new File(path, real);
        }
        if (streamable(path)) {
            return new Stream(path, path);
        }
        throw UserError.io(path + ": is not a regular file, a character device or a FIFO; name an output file");
    }

    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            // As root every file is writable: the owner's write bit says what its owner meant.
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** A character device or a FIFO, never a block device or a socket. */
    private static boolean streamable(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return type == 0020000 || type == 0010000;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
