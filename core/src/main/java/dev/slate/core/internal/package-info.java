/**
 * Implementation details of the core: argument checks, validation, the form of scene and shot numbers and the scene
 * number order. Not part of the API: do not depend on this package, it changes without notice.
 */
package dev.slate.core.internal;
