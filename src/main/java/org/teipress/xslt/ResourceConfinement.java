package org.teipress.xslt;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.CollectionFinder;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;

/**
 * What XSLT and XPath run by tei-press may read: tei-press's own resources on the class path
 * (stylesheets, schemas, the libraries' stylesheets) and the folders of the build at hand (the
 * source's folder, the output folder). Everything else, the network above all, is refused: a
 * TEI document or a stylesheet parameter must not be able to make a build read a local secret or
 * call a server through {@code doc()}, {@code unparsed-text()} or {@code collection()}.
 */
public final class ResourceConfinement {
    private final ClassLoader loader;
    private final List<Path> folders = new CopyOnWriteArrayList<>();

    public ResourceConfinement(ClassLoader loader) {
        this.loader = loader;
    }

    /** Lets XSLT read files under {@code folder} from now on (a build's source or output folder). */
    public void allow(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (!folders.contains(normalized)) {
            folders.add(normalized);
        }
    }

    /** Installs the confinement on {@code processor}'s configuration. */
    public void applyTo(Processor processor) {
        processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
        Configuration config = processor.getUnderlyingConfiguration();
        ResourceResolver resources = config.getResourceResolver();
        config.setResourceResolver(request -> {
            require(request.uri != null ? request.uri : absolute(request.baseUri, request.relativeUri));
            return resources == null ? null : resources.resolve(request);
        });
        UnparsedTextURIResolver texts = config.getUnparsedTextURIResolver();
        config.setUnparsedTextURIResolver((uri, encoding, configuration) -> {
            require(uri.toString());
            return texts.resolve(uri, encoding, configuration);
        });
        CollectionFinder collections = config.getCollectionFinder();
        config.setCollectionFinder((context, uri) -> {
            require(uri);
            return collections.findCollection(context, uri);
        });
    }

    /** Whether {@code uri} may be read; package-visible for tests. */
    boolean allows(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            if ("file".equals(parsed.getScheme())) {
                return insideAllowedFolder(Path.of(parsed));
            }
            if ("jar".equals(parsed.getScheme())) {
                return onClassPath(uri) || insideAllowedFolder(Path.of(new URI(jarFile(uri))));
            }
            return false;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private void require(String uri) throws XPathException {
        if (!allows(uri)) {
            throw new XPathException("tei-press refuses to read " + uri + ": stylesheets may only read tei-press's own"
                    + " resources, the source's folder and the output folder, never other files or the network.");
        }
    }

    private boolean insideAllowedFolder(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return folders.stream().anyMatch(normalized::startsWith) || underOwnResources(normalized);
    }

    /** Files under the folder the class loader serves tei-press's resources from (when running from classes). */
    private boolean underOwnResources(Path path) {
        URL own = loader.getResource("tei-press/");
        try {
            return own != null && "file".equals(own.getProtocol()) && path.startsWith(Path.of(own.toURI()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A {@code jar:} URI the class loader itself hands out for the entry it names. */
    private boolean onClassPath(String uri) {
        int separator = uri.indexOf("!/");
        if (separator < 0) {
            return false;
        }
        URL resource = loader.getResource(uri.substring(separator + 2));
        return resource != null && Objects.equals(normalizeJar(resource.toString()), normalizeJar(uri));
    }

    private static String jarFile(String uri) {
        int separator = uri.indexOf("!/");
        return uri.substring("jar:".length(), separator < 0 ? uri.length() : separator);
    }

    private static String normalizeJar(String uri) {
        return uri.replace("jar:file:///", "jar:file:/");
    }

    private static String absolute(String base, String relative) {
        try {
            return base == null ? relative : new URI(base).resolve(relative).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
