package dev.slate.pdf.internal;

import dev.slate.pdf.TramlineColours;
import dev.slate.pdf.TramlinePlacement;

/** How a lined script draws its tramlines. */
public record LinedOptions(TramlineColours colours, TramlinePlacement placement) {
}
