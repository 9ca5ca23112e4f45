package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.List;

/**
 * What {@link dev.slate.core.fountain.FountainReader#read} found: the screenplay, the problems noticed while reading (each
 * with its source line and column), and where each scene, element and shot stands in the text.
 *
 * @param screenplay the screenplay; always present, whatever the text
 * @param problems   suspicious constructs, in the order found; codes are listed on {@link dev.slate.core.fountain.FountainReader}
 * @param sourceMap  the line and column of scenes, elements and shots
 *
 * @since 0.1.0
 */
public record ReadResult(Screenplay screenplay, List<Problem> problems, SourceMap sourceMap) {

    public ReadResult {
        Checks.notNull(screenplay, "screenplay");
        problems = Checks.listOf(problems, "problems");
        Checks.notNull(sourceMap, "sourceMap");
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
