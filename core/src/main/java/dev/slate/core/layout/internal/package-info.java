/** Implementation of the pagination engine. Not an API: do not depend on it. */
package dev.slate.core.layout.internal;
