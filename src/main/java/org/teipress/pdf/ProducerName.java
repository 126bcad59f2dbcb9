package org.teipress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The PDF Producer, naming tei-press and the FOP that wrote the file, e.g. "tei-press 0.1.0
 * (Apache FOP 2.11)". FOP's own name for itself reads its version from the jar manifest, which in
 * the shaded jar is tei-press's: the versions are read from the Maven descriptors the jar keeps.
 */
final class ProducerName {
    private static final String OWN = "META-INF/maven/org.teipress/tei-press/pom.properties";
    private static final String FOP = "META-INF/maven/org.apache.xmlgraphics/fop-core/pom.properties";

    private final ClassLoader loader;

    ProducerName(ClassLoader loader) {
        this.loader = loader;
    }

    String value() {
        String own = version(OWN);
        String fop = version(FOP);
        return "tei-press" + (own == null ? "" : " " + own)
                + " (Apache FOP" + (fop == null ? "" : " " + fop) + ")";
    }

    private String version(String descriptor) {
        try (InputStream in = loader.getResourceAsStream(descriptor)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
