package org.teipress.core;

import java.net.URISyntaxException;
import java.net.URL;

/**
 * Where the stylesheets, schemas and fonts shipped with tei-press are found: on the class path,
 * under {@code tei-press/}, so that the runnable jar works from any folder. The build copies
 * {@code xslt/}, {@code fonts/} and {@code source-xml/schema/} there.
 */
public final class BundledResources {
    private static final String ROOT = "tei-press/";
    private final ClassLoader loader;

    public BundledResources() {
        this(BundledResources.class.getClassLoader());
    }

    public BundledResources(ClassLoader loader) {
        this.loader = loader;
    }

    /** A resource such as {@code xslt/tei-to-fo.xsl} or {@code fonts/NotoSerifSC-Regular.ttf}. */
    public URL resource(String relativePath) throws PublishException {
        URL url = loader.getResource(ROOT + relativePath);
        if (url == null) {
            throw new PublishException("tei-press resource '" + relativePath + "' is missing from the class path;"
                    + " the installation is incomplete: rebuild it with 'mvn package'.");
        }
        return url;
    }

    public String systemId(String relativePath) throws PublishException {
        try {
            return resource(relativePath).toURI().toString();
        } catch (URISyntaxException e) {
            throw new PublishException("Bad resource location for " + relativePath, e);
        }
    }
}
