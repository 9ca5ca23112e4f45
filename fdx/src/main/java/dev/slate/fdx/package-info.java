/**
 * Final Draft (FDX) in and out: {@link dev.slate.fdx.FdxReader} reads a {@code .fdx} file into a
 * screenplay, {@link dev.slate.fdx.FdxWriter} writes one back. Only the JDK's own XML parser is used.
 */
package dev.slate.fdx;
