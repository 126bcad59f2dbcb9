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

    private final java.util.Map<String, byte[]> subsets;

    UrlResourceResolver() {
        this(java.util.Map.of());
    }

    /** {@code subsets}: font file name to the bytes of the document's subset of it. */
    UrlResourceResolver(java.util.Map<String, byte[]> subsets) {
        this.subsets = java.util.Map.copyOf(subsets);
    }

    static String subsetUri(String fontFile) {
        return SUBSET_SCHEME + ":" + fontFile;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (SUBSET_SCHEME.equals(uri.getScheme())) {
            byte[] subset = subsets.get(uri.getSchemeSpecificPart());
            if (subset == null) {
                throw new IOException("no font subset " + uri.getSchemeSpecificPart() + " was made for this document");
            }
            return new Resource(new java.io.ByteArrayInputStream(subset));
        }
        return new Resource(uri.toURL().openStream());
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        return java.nio.file.Files.newOutputStream(java.nio.file.Path.of(uri));
    }
}
