package dev.slate.docx;

import dev.slate.core.Screenplay;
import dev.slate.docx.internal.Boards;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks storyboards without rendering, as {@code slate check} does, with the same rules as the
 * renderer: every board that is missing, refused, unreadable or too large is reported.
 *
 * @since 0.1.0
 */
public final class Storyboards {

    /** The largest storyboard accepted by default: 50 megapixels, read from the image header. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    private Storyboards() {
    }

    /** Whether a storyboard is written as a URL ({@code https://...}), which is never fetched. */
    public static boolean isLink(String storyboard) {
        Objects.requireNonNull(storyboard, "storyboard must not be null");
        String lower = storyboard.strip().toLowerCase(Locale.ROOT);
        return lower.matches("[a-z][a-z0-9+.-]+:.*") && !lower.matches("[a-z]:[\\\\/].*") // not C:\ on Windows
                || lower.startsWith("//");
    }

    /**
     * Every storyboard of the screenplay that cannot be shown, in script order.
     *
     * @param maxPixels the largest image accepted, in pixels
     */
    public static List<StoryboardProblem> check(Screenplay screenplay, StoryboardSource source, long maxPixels) {
        Objects.requireNonNull(screenplay, "screenplay must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
        return Boards.load(screenplay, source, 100, 72, maxPixels).problems();
    }
}
