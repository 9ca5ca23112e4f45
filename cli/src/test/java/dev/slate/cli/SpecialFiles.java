package dev.slate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** FIFOs and device nodes for tests; each test skips where they cannot be made. */
final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a FIFO with {@code mkfifo}; false where there is none. */
    static boolean mkfifo(Path path) {
        return succeeds("mkfifo", path.toString()) && Files.exists(path);
    }

    /** Makes a character device node (root only); false where it cannot be made. */
    static boolean mknod(Path path, int major, int minor) {
        return isRoot() && succeeds("mknod", path.toString(), "c", Integer.toString(major), Integer.toString(minor));
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
