/** The diffs behind the revision comparison; not part of the API. */
package dev.slate.core.revision.internal;
