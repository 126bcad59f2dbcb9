package org.teipress.epub;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.core.PublishException;

/**
 * The images of the text as package resources: every {@code tp:image} the normalising pass
 * found as a local file ({@code status="local"}) is stored under the href the XHTML documents
 * use for it. Only files the build itself found next to the source are read.
 */
final class DocumentImages {
    private static final String TP = "urn:tei-press:normalized";
    private static final QName STATUS = new QName("status");
    private static final QName SRC = new QName("src");
    private static final QName HREF = new QName("href");

    private DocumentImages() {
    }

    static List<ManifestItem> of(XdmNode normalized, Path source) throws PublishException {
        Map<String, String> images = new LinkedHashMap<>();
        collect(normalized, images);
        List<ManifestItem> items = new ArrayList<>();
        for (Map.Entry<String, String> image : images.entrySet()) {
            Path file = Path.of(URI.create(image.getValue()));
            try {
                items.add(ManifestItem.of(image.getKey(), mediaType(image.getKey()), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new PublishException("Cannot read the image " + file + ": " + e.getMessage()
                        + ". Make the file readable or remove the graphic that names it.", source, -1, -1, e);
            }
        }
        return items;
    }

    private static void collect(XdmNode node, Map<String, String> images) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            if (TP.equals(child.getNodeName().getNamespace()) && "image".equals(child.getNodeName().getLocalName())
                    && "local".equals(child.getAttributeValue(STATUS))) {
                images.putIfAbsent(child.getAttributeValue(HREF), child.getAttributeValue(SRC));
            }
            collect(child, images);
        }
    }

    static String mediaType(String href) {
        String extension = href.substring(href.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "png" -> ManifestItem.PNG;
            case "jpg", "jpeg" -> "image/jpeg";
            case "svg" -> "image/svg+xml";
            default -> throw new IllegalArgumentException("Not an image tei-press embeds: " + href);
        };
    }
}
