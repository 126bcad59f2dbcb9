package org.teipress.xslt;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The image files a TEI document's {@code graphic} and {@code media} elements name that stand in
 * the source's folder (or below it) as PNG, JPEG or SVG: the stylesheets embed these and show a
 * placeholder for anything else. XSLT cannot ask whether a binary file exists, so the build
 * looks once, here. Remote addresses are never looked at, and a path leaving the source's folder
 * ({@code ../}) is not followed.
 */
public final class LocalImages {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Set<String> ELEMENTS = Set.of("graphic", "media");
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "svg");
    private static final QName URL = new QName("url");

    private LocalImages() {
    }

    /** {@code @url} as written → absolute file URI, for each embeddable image of {@code tei}. */
    public static Map<String, String> of(XdmNode tei) {
        Map<String, String> found = new LinkedHashMap<>();
        URI base = tei.getBaseURI();
        if (base == null || !"file".equals(base.getScheme())) {
            return found;
        }
        Path folder = Path.of(base).getParent();
        collect(tei, folder, found);
        return found;
    }

    /** The same map as a stylesheet parameter value. */
    public static XdmMap asParameter(Map<String, String> images) {
        Map<XdmAtomicValue, XdmAtomicValue> entries = new LinkedHashMap<>();
        images.forEach((url, file) -> entries.put(new XdmAtomicValue(url), new XdmAtomicValue(file)));
        return XdmMap.makeMap(entries);
    }

    private static void collect(XdmNode node, Path folder, Map<String, String> found) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String url = child.getAttributeValue(URL);
            if (url != null && TEI.equals(child.getNodeName().getNamespace())
                    && ELEMENTS.contains(child.getNodeName().getLocalName())) {
                String written = url.strip();
                Path file = localFile(folder, written);
                if (file != null) {
                    found.put(written, file.toUri().toString());
                }
            }
            collect(child, folder, found);
        }
    }

    /** The file {@code url} names inside {@code folder}, or null when it is not an embeddable local image. */
    static Path localFile(Path folder, String url) {
        if (url.isEmpty() || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("/") || url.contains("\\")) {
            return null;
        }
        Path file;
        try {
            file = folder.resolve(url).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean embeddable = file.startsWith(folder.normalize()) && EXTENSIONS.contains(extension)
                && Files.isRegularFile(file) && Files.isReadable(file);
        return embeddable ? file : null;
    }
}
