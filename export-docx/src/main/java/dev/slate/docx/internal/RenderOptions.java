package dev.slate.docx.internal;

import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import dev.slate.docx.StoryboardSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The renderer's settings as its builder collected them.
 *
 * @param title           the project title; empty to take it from the title page
 * @param date            the date printed and stored as the document's date; empty for none
 */
public record RenderOptions(Paper paper, List<ShotListColumn> columns, ShotListOrder order,
                            ShotList.PageEighths pageEighths, StoryboardSource storyboards, Optional<String> title,
                            Optional<LocalDate> date, Optional<String> director, Optional<String> cinematographer,
                            Optional<String> notes) {
}
