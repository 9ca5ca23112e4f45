package dev.slate.core;

import dev.slate.core.internal.Checks;

/**
 * A problem found in a screenplay, by validation or while reading a file.
 *
 * @param code     stable identifier, for example {@code duplicate-scene-number}, for tools and suppression
 * @param message  what is wrong and what to do, for a person
 * @param location where: scene, shot, element, and source line and column when read from a file
 *
 * @since 0.1.0
 */
public record Problem(Severity severity, String code, String message, Location location) {

    public Problem {
        Checks.notNull(severity, "severity");
        Checks.notBlank(code, "code");
        Checks.notBlank(message, "message");
        Checks.notNull(location, "location");
    }

    public static Problem error(String code, String message, Location location) {
        return new Problem(Severity.ERROR, code, message, location);
    }

    public static Problem warning(String code, String message, Location location) {
        return new Problem(Severity.WARNING, code, message, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
