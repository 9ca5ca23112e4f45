package dev.slate.pdf.internal;

import dev.slate.core.layout.Paginator;

import java.time.Instant;
import java.util.List;

/**
 * The options of one renderer, as a render reads them.
 *
 * @param faces     the caller's regular, bold, italic and bold-italic faces; empty for standard Courier,
 *                  a missing style is drawn with the regular face
 * @param fallbacks the caller's fallback fonts, tried in order before the system's
 */
public record Options(Paginator paginator, String watermark, String header, String footer, List<FontData> faces,
                      List<FontData> fallbacks, boolean systemFonts, byte[] documentId, Instant creationDate) {
}
