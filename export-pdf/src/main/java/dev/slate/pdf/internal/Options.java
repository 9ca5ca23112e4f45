package dev.slate.pdf.internal;

import dev.slate.core.layout.Paginator;

import java.time.Instant;
import java.util.List;

/**
 * The options of one renderer, as a render reads them.
 *
 * @param font      the main family; null for the standard Courier fonts, not embedded
 * @param fallbacks the caller's fallback families, tried in order before the system's fonts
 * @param warnings  where synthetic styles are reported, once each
 * @param lined     the tramlines of a lined script; null for the plain script
 */
public record Options(Paginator paginator, String watermark, String header, String footer, FamilyData font,
                      List<FamilyData> fallbacks, boolean systemFonts, byte[] documentId, Instant creationDate,
                      Warnings warnings, LinedOptions lined) {
}
