package dev.slate.core.layout.internal;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;

/** The options of one paginator, as the engine reads them. */
public record Settings(Paper paper, int linesPerPage, SceneNumberPosition sceneNumbers, boolean boldHeadings,
                       boolean underlinedHeadings, boolean notes, boolean sections, boolean synopses,
                       boolean continuedMarkers, boolean scenePerPage) {
}
