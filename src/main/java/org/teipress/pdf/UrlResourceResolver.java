package org.teipress.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Lets FOP read its fonts wherever the class loader found them, including inside the runnable
 * jar ({@code jar:file:…!/tei-press/fonts/…}), so nothing has to be copied out to disk first.
 */
final class UrlResourceResolver implements ResourceResolver {

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(uri.toURL().openStream());
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        return java.nio.file.Files.newOutputStream(java.nio.file.Path.of(uri));
    }
}
