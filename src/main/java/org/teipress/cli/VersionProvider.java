package org.teipress.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar manifest, so --version can never go stale. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Package own = VersionProvider.class.getPackage();
        String version = own == null ? null : own.getImplementationVersion();
        return new String[] {
            "tei-press " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
