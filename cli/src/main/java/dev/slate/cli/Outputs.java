package dev.slate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of one script, replaced all or none. Each is first written in full (a file to a
 * temporary file beside it, a stream to memory); only when every one has been written are the files
 * moved into place and the streams sent. A failure before that leaves every earlier output as it was
 * and no partial file.
 */
final class Outputs implements AutoCloseable {

    /** Writes the content of one output. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Written(OutputTarget target, Path temp, byte[] bytes) {
    }

    private final OutputStream standardOutput;
    private final List<Written> written = new ArrayList<>();
    private boolean committed;

    /** {@code standardOutput} receives the outputs named {@code -}. */
    Outputs(OutputStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    /** Writes one output, not yet in place; refuses a file that another output of the script already takes. */
    void add(OutputTarget target, Content content) {
        for (Written w : written) {
            if (OutputPlan.sameFile(w.target().shown(), target.shown())) {
                throw UserError.usage(target.shown() + ": is also another output; give each output its own file");
            }
        }
        if (target instanceof OutputTarget.File file) {
            written.add(new Written(target, writeTemp(file, content), null));
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(target, () -> content.writeTo(bytes));
            written.add(new Written(target, null, bytes.toByteArray()));
        }
    }

    /** Puts every output in place: the files first, then the streams. */
    void commit() {
        for (Written w : written) {
            if (w.temp() != null) {
                OutputTarget.File file = (OutputTarget.File) w.target();
                write(w.target(), () -> move(w.temp(), file.file()));
                TempFiles.moved(w.temp());
            }
        }
        for (Written w : written) {
            if (w.target() instanceof OutputTarget.Stream stream) {
                write(w.target(), () -> {
                    try (OutputStream out = Files.newOutputStream(stream.device(), StandardOpenOption.WRITE)) {
                        out.write(w.bytes());
                    }
                });
            } else if (w.target() instanceof OutputTarget.StandardOutput) {
                write(w.target(), () -> {
                    standardOutput.write(w.bytes());
                    standardOutput.flush();
                });
            }
        }
        committed = true;
    }

    /** Deletes the temporary files of outputs not put in place. */
    @Override
    public void close() {
        if (!committed) {
            written.stream().filter(w -> w.temp() != null).forEach(w -> TempFiles.delete(w.temp()));
        }
    }

    private static Path writeTemp(OutputTarget.File file, Content content) {
        Path target = file.file();
        Path dir = target.getParent();
        Path temp;
        try {
            temp = TempFiles.create(dir, target.getFileName().toString());
        } catch (AccessDeniedException e) {
            throw UserError.io(file.shown() + ": cannot write in " + dir + " (permission denied); choose another folder");
        } catch (IOException e) {
            throw failure(file, e);
        }
        boolean done = false;
        try {
            write(file, () -> {
                // WRITE alone: a file the shutdown hook has already deleted is not made again.
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                keepOwnerAndPermissions(temp, target);
            });
            done = true;
            return temp;
        } finally {
            if (!done) {
                TempFiles.delete(temp);
            }
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs one step of writing an output, turning every way it fails into a user error naming the output. */
    private static void write(OutputTarget target, Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw failure(target, e);
        } catch (UncheckedIOException e) {
            throw failure(target, e.getCause());
        }
    }

    private static UserError failure(OutputTarget target, IOException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return UserError.io("no space left on device writing " + target.shown() + "; free some space or write elsewhere", e);
        }
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return UserError.io(target.shown() + ": cannot write (" + reason + "); check the path and permissions", e);
        }
        return UserError.io(target.shown() + ": cannot write (" + reason + ")", e);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A temporary file is private to its owner; the output gets the permissions (and, where allowed,
     * the owner and group) of the file it replaces, or the permissions of an ordinary new file.
     */
    private static void keepOwnerAndPermissions(Path temp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!Files.exists(target)) {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException notPermitted) {
            // Only root may give a file away; another user's replacement is theirs, as with any editor.
        }
    }
}
