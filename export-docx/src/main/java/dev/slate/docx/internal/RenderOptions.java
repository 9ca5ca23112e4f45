package dev.slate.docx.internal;

import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotListOptions;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The renderer's settings as its builder collected them.
 *
 * @param list           what the list shows, shared with the other formats
 * @param maxBoardPixels the largest storyboard accepted, in pixels
 * @param boardProblems  told of each storyboard that cannot be shown
 * @param documentDate   the date stored in the document; empty for the fixed date
 */
public record RenderOptions(Paper paper, ShotListOptions list, StoryboardSource storyboards, long maxBoardPixels,
                            Consumer<StoryboardProblem> boardProblems, Optional<LocalDate> documentDate) {
}
