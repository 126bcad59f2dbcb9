package org.teipress.typography;

import java.nio.file.Path;

/**
 * Where the build published the showcase report for the integration tests: {@code dist/}, or the
 * folder the {@code teipress.dist} system property names.
 */
public final class PublishedReport {
    private PublishedReport() {
    }

    public static Path dist() {
        return Path.of(System.getProperty("teipress.dist", "dist"));
    }

    public static Path pdf() {
        return dist().resolve("report.pdf");
    }

    public static Path epub() {
        return dist().resolve("report.epub");
    }
}
