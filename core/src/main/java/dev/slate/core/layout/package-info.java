/**
 * Pagination of a screenplay in the industry format (Courier 12, fixed columns, 55 lines a US Letter
 * page, 57 an A4 page), independent of any output device: {@link dev.slate.core.layout.Paginator}
 * wraps each element to its width in characters, applies the page-break rules of the shared format
 * (no heading at the foot of a page, no transition at its top, (MORE)/(CONT'D) dialogue splits...)
 * and returns a {@link dev.slate.core.layout.Layout}: pages of positioned lines that a renderer only
 * draws, the page count, and each scene's length in page eighths.
 */
package dev.slate.core.layout;
