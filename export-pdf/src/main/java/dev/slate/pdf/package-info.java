/**
 * Screenplay PDFs in the industry format: {@link dev.slate.pdf.PdfScreenplayRenderer} draws the pages
 * that {@link dev.slate.core.layout.Paginator} lays out, with a title page, page numbers, a bookmark per
 * scene, standard Courier or an embedded font, and fallback fonts for text Courier cannot draw.
 */
package dev.slate.pdf;
