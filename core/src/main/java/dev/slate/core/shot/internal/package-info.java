/**
 * Implementation of the shot and cast notes: their reader, writer and value syntaxes. Not an API:
 * don't depend on anything here.
 */
package dev.slate.core.shot.internal;
