package dev.slate.core;

import dev.slate.core.shot.Shot;

import dev.slate.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A camera direction written in the script text, such as {@code CLOSE ON THE SHOE} or
 * {@code ANGLE ON LIN XIAO}: printed in capitals where a scene heading stands, but not a new scene
 * (scenes are not renumbered by it) and not a planned {@link dev.slate.core.shot.Shot}. Final Draft calls it a
 * {@code Shot} paragraph.
 *
 * @since 0.1.0
 */
public record ShotHeading(StyledText text) implements Element {

    public ShotHeading {
        Checks.notNull(text, "text");
    }

    /** The text as printed: in capitals, styles kept. */
    public StyledText printed() {
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            spans.add(new StyledText.Span(span.text().toUpperCase(Locale.ROOT), span.styles()));
        }
        return new StyledText(spans);
    }

    /** An unstyled shot heading. */
    public static ShotHeading of(String text) {
        return new ShotHeading(StyledText.of(Checks.notNull(text, "text")));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
