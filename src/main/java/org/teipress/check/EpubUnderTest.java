package org.teipress.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * An EPUB opened once for all EPUB checks: its entries, the package document's manifest and
 * spine, and the XHTML content documents parsed in reading order.
 */
public final class EpubUnderTest {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String OPF = "http://www.idpf.org/2007/opf";

    /** A manifest item: its path inside the container, media type and properties. */
    public record Item(String path, String mediaType, String properties) { }

    /** A content document in spine order; {@code nav} marks the navigation document. */
    public record ContentDocument(String path, XdmNode root, boolean nav) { }

    private final Path file;
    private final Map<String, byte[]> entries;
    private final List<Item> manifest;
    private final List<ContentDocument> documents;
    private final String packagePath;
    private final XdmNode packageDocument;

    private EpubUnderTest(Path file, Map<String, byte[]> entries, List<Item> manifest, List<ContentDocument> documents,
            String packagePath, XdmNode packageDocument) {
        this.file = file;
        this.entries = entries;
        this.manifest = manifest;
        this.documents = documents;
        this.packagePath = packagePath;
        this.packageDocument = packageDocument;
    }

    public static EpubUnderTest open(Processor processor, Path file) throws IOException, SaxonApiException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        XdmNode container = parse(builder, entries, "META-INF/container.xml");
        String opfPath = container.select(net.sf.saxon.s9api.streams.Steps.descendant("rootfile")).findFirst()
                .map(n -> n.getAttributeValue(new QName("full-path"))).orElseThrow(
                        () -> new IOException("META-INF/container.xml names no package document (rootfile)"));
        XdmNode opf = parse(builder, entries, opfPath);
        Map<String, Item> byId = new LinkedHashMap<>();
        List<ContentDocument> documents = new ArrayList<>();
        for (XdmNode item : elements(opf, OPF, "item")) {
            byId.put(item.getAttributeValue(new QName("id")), new Item(resolve(opfPath, item.getAttributeValue(new QName("href"))),
                    item.getAttributeValue(new QName("media-type")),
                    String.valueOf(item.getAttributeValue(new QName("properties")))));
        }
        for (XdmNode itemref : elements(opf, OPF, "itemref")) {
            Item item = byId.get(itemref.getAttributeValue(new QName("idref")));
            if (item != null && "application/xhtml+xml".equals(item.mediaType())) {
                documents.add(new ContentDocument(item.path(), parse(builder, entries, item.path()),
                        item.properties().contains("nav")));
            }
        }
        // The navigation document need not be in the spine, but its links must lead somewhere too.
        for (Item item : byId.values()) {
            if (item.properties().contains("nav") && documents.stream().noneMatch(d -> d.path().equals(item.path()))) {
                documents.add(new ContentDocument(item.path(), parse(builder, entries, item.path()), true));
            }
        }
        return new EpubUnderTest(file, entries, List.copyOf(byId.values()), documents, opfPath, opf);
    }

    private static XdmNode parse(DocumentBuilder builder, Map<String, byte[]> entries, String path)
            throws IOException, SaxonApiException {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new IOException("The EPUB has no entry " + path);
        }
        StreamSource source = new StreamSource(new ByteArrayInputStream(bytes), "epub:/" + path);
        return builder.build(source);
    }

    static List<XdmNode> elements(XdmNode root, String namespace, String localName) {
        List<XdmNode> found = new ArrayList<>();
        collect(root, namespace, localName, found);
        return found;
    }

    private static void collect(XdmNode node, String namespace, String localName, List<XdmNode> found) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                if (child.getNodeName().getNamespace().equals(namespace)
                        && child.getNodeName().getLocalName().equals(localName)) {
                    found.add(child);
                }
                collect(child, namespace, localName, found);
            }
        }
    }

    /** The container path {@code href} points to from the document at {@code basePath}, without fragment. */
    static String resolve(String basePath, String href) {
        String withoutFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (withoutFragment.isEmpty()) {
            return basePath;
        }
        URI base = URI.create("epub:/" + basePath.replace(" ", "%20"));
        return base.resolve(withoutFragment.replace(" ", "%20")).getPath().substring(1).replace("%20", " ");
    }

    public Path file() {
        return file;
    }

    /** The package document's path inside the container ({@code OEBPS/content.opf}). */
    public String packagePath() {
        return packagePath;
    }

    /** The package document (OPF) as parsed, with line numbers. */
    public XdmNode packageDocument() {
        return packageDocument;
    }

    public List<Item> manifest() {
        return Collections.unmodifiableList(manifest);
    }

    public List<ContentDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public boolean has(String path) {
        return entries.containsKey(path);
    }

    public InputStream open(String path) throws IOException {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new IOException("The EPUB has no entry " + path);
        }
        return new ByteArrayInputStream(bytes);
    }

    public String text(String path) throws IOException {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
