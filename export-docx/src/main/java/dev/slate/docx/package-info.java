/**
 * Shot lists as Word documents (DOCX) that print as they are from Word, LibreOffice and Google
 * Docs: {@link dev.slate.docx.DocxShotListRenderer}. Apache POI is used only here and never appears
 * in this API.
 */
package dev.slate.docx;
