package org.teipress.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Lets FOP read its fonts wherever the class loader found them, including inside the runnable
 * jar ({@code jar:file:…!/tei-press/fonts/…}), so nothing has to be copied out to disk first,
 * and the document's font subsets from memory.
 */
final class UrlResourceResolver implements ResourceResolver {

    /** The scheme of a per-document font subset, served from memory. */
    private static final String SUBSET_SCHEME = "tei-press-subset";

    private final DocumentFonts.Subsets subsets;

    UrlResourceResolver() {
        this(DocumentFonts.Subsets.none());
    }

    /** {@code subsets}: the document's subsets of the font files, by file name. */
    UrlResourceResolver(DocumentFonts.Subsets subsets) {
        this.subsets = subsets;
    }

    static String subsetUri(String fontFile) {
        return SUBSET_SCHEME + ":" + fontFile;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (SUBSET_SCHEME.equals(uri.getScheme())) {
            String file = uri.getSchemeSpecificPart();
            if (!subsets.has(file)) {
                throw new IOException("no font subset of " + file + " is made for this document");
            }
            try {
                return new Resource(new java.io.ByteArrayInputStream(subsets.bytes(file)));
            } catch (org.teipress.core.PublishException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return new Resource(uri.toURL().openStream());
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        return java.nio.file.Files.newOutputStream(java.nio.file.Path.of(uri));
    }
}
