package dev.slate.cli;

import picocli.CommandLine;

/** {@code slate --version}: the version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"slate " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version")};
    }
}
