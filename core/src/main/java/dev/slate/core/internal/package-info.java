/**
 * Implementation details of the core: argument checks, vocabulary parsing, validation and the scene
 * number order. Not part of the API: do not depend on this package, it changes without notice.
 */
package dev.slate.core.internal;
