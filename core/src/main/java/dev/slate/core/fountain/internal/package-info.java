/**
 * Implementation of the Fountain reader and writer. Not an API: don't depend on anything here.
 */
package dev.slate.core.fountain.internal;
