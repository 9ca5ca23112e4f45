package dev.slate.pdf.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Where a renderer's warnings go; each distinct warning is given once per renderer. */
public final class Warnings {

    private final Consumer<String> sink;
    private final Set<String> given = new HashSet<>();

    /** Warnings given to a sink, such as the command's stderr or a logger. */
    public Warnings(Consumer<String> sink) {
        this.sink = sink;
    }

    synchronized void once(String warning) {
        if (given.add(warning)) {
            sink.accept(warning);
        }
    }
}
