package dev.slate.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a file looked like when it was last read: whether it existed, which file it was, its size and
 * when it was last modified. A save changes at least one of them; a notification that changed none
 * is ignored.
 */
public record FileState(boolean exists, Object key, long size, FileTime modified) {

    private static final FileState MISSING = new FileState(false, null, -1, null);

    /** The state of a file now (through links); missing when it cannot be read. */
    public static FileState of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(true, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** The states of these files now, in their order. */
    public static Map<Path, FileState> of(Collection<Path> files) {
        Map<Path, FileState> states = new LinkedHashMap<>();
        files.forEach(f -> states.put(f, of(f)));
        return states;
    }
}
