/** The implementation of FDX reading and writing; not part of the API. */
package dev.slate.fdx.internal;
