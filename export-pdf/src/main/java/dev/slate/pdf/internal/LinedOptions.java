package dev.slate.pdf.internal;

import dev.slate.pdf.TramlineColours;
import dev.slate.pdf.TramlinePlacement;

/** How a lined script draws its tramlines, and whether a facing page of its shots goes before each page. */
public record LinedOptions(TramlineColours colours, TramlinePlacement placement, boolean facingPages) {
}
