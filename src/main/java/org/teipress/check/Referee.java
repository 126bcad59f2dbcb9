package org.teipress.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * A program whose judgement a check reports, with its version and what it judged against (the
 * veraPDF profiles), so that a reader of {@code report.validation.json} knows who judged.
 */
public record Referee(String name, String version, List<String> against) {

    public Referee {
        against = List.copyOf(against);
    }

    static Referee pdfBox() {
        return new Referee("Apache PDFBox", org.apache.pdfbox.util.Version.getVersion(), List.of());
    }

    /**
     * The version Maven recorded in a library's jar; {@code "unknown"} where the jar carries none.
     * Read from {@code pom.properties} because veraPDF's jars have no implementation version.
     */
    static String mavenVersion(Class<?> fromLibrary, String groupId, String artifactId) {
        String path = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = fromLibrary.getResourceAsStream(path)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // The version is a courtesy of the report; the judgement stands without it.
        }
        String implementation = fromLibrary.getPackage() == null ? null : fromLibrary.getPackage().getImplementationVersion();
        return implementation == null ? "unknown" : implementation;
    }
}
