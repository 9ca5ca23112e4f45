/** Implementation of the PDF renderer, built on PDFBox. Not an API: do not depend on it. */
package dev.slate.pdf.internal;
