package dev.slate.cli;

import picocli.CommandLine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/** {@code slate --version}: the version from the jar's manifest, the Java that runs it, and where it runs from. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {
                "slate " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") in "
                        + System.getProperty("java.home"),
                "running from " + location()};
    }

    /** The jar (or classes folder) this class was loaded from: what a user needs to find a second installation. */
    private static String location() {
        CodeSource source = Version.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "(unknown)";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
