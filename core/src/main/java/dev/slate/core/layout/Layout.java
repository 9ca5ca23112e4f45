package dev.slate.core.layout;

import dev.slate.core.internal.Checks;

import java.time.Duration;
import java.util.List;

/**
 * A paginated screenplay: its script pages (the title page, drawn by renderers from the title-page
 * fields, is not among them) and each scene's length.
 *
 * @param paper        the paper the pages are laid out for
 * @param linesPerPage the most lines a page holds
 * @param pages        the script pages, numbered from 1
 * @param scenes       one entry per scene, in order
 *
 * @since 0.1.0
 */
public record Layout(Paper paper, int linesPerPage, List<Page> pages, List<SceneLength> scenes) {

    public Layout {
        Checks.notNull(paper, "paper");
        pages = Checks.listOf(pages, "pages");
        scenes = Checks.listOf(scenes, "scenes");
    }

    /** The number of script pages. */
    public int pageCount() {
        return pages.size();
    }

    /** The length of the whole script in eighths of a page: its last page counted by its lines. */
    public int eighths() {
        if (pages.isEmpty()) {
            return 0;
        }
        return (pages.size() - 1) * 8 + SceneLength.eighths(pages.get(pages.size() - 1).rowsUsed(), linesPerPage);
    }

    /** Estimated screen time of the whole script: about one minute a page. */
    public Duration screenTime() {
        return SceneLength.screenTime(eighths());
    }
}
