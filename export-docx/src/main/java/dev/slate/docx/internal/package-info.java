/** How the DOCX renderer builds its document with Apache POI. Not an API: do not depend on it. */
package dev.slate.docx.internal;
