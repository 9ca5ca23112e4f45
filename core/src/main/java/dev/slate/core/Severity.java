package dev.slate.core;

/**
 * How bad a problem is: an error makes the document wrong, a warning suspicious.
 *
 * @since 0.1.0
 */
public enum Severity {
    ERROR, WARNING;

    /** {@code error} or {@code warning}, as command-line tools print it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
