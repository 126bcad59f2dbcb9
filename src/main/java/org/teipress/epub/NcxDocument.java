package org.teipress.epub;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.teipress.core.PublishException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The NCX for EPUB 2 reading systems, written by epub4j from the same table of contents the
 * navigation document shows. epub4j names the identifier meta after the identifier's scheme
 * (the NCX wants {@code dtb:uid}) and writes authors as "last, first", which leaves a stray
 * comma after a Chinese name; both are set right here.
 */
final class NcxDocument {
    private NcxDocument() {
    }

    static byte[] write(PackagePlan plan) throws PublishException {
        Map<String, Resource> resources = new HashMap<>();
        TableOfContents toc = new TableOfContents(references(plan.toc(), resources));
        List<Author> authors = plan.creators().stream().map(name -> new Author("", name)).toList();
        try {
            Resource ncx = NCXDocument.createNCXResource(
                    List.of(new Identifier(UID_SCHEME, plan.identifier())), plan.title(), authors, toc);
            return withAuthorNames(ncx.getData(), plan.creators());
        } catch (IOException | RuntimeException | ParserConfigurationException | SAXException | TransformerException e) {
            throw new PublishException("epub4j could not write the NCX: " + e.getMessage(), e);
        }
    }

    /** epub4j writes the meta name as "dtb:" + scheme. */
    private static final String UID_SCHEME = "uid";

    private static byte[] withAuthorNames(byte[] ncx, List<String> creators)
            throws ParserConfigurationException, SAXException, IOException, TransformerException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ncx));
        NodeList authors = document.getElementsByTagNameNS(NCX, "docAuthor");
        for (int i = 0; i < authors.getLength() && i < creators.size(); i++) {
            NodeList text = ((Element) authors.item(i)).getElementsByTagNameNS(NCX, "text");
            if (text.getLength() > 0) {
                text.item(0).setTextContent(creators.get(i));
            }
        }
        Transformer identity = TransformerFactory.newInstance().newTransformer();
        identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        identity.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static final String NCX = "http://www.daisy.org/z3986/2005/ncx/";

    private static List<TOCReference> references(List<PackagePlan.TocEntry> entries, Map<String, Resource> resources) {
        List<TOCReference> references = new ArrayList<>();
        for (PackagePlan.TocEntry entry : entries) {
            String[] parts = entry.href().split("#", 2);
            Resource resource = resources.computeIfAbsent(parts[0], href -> {
                Resource r = new Resource(new byte[0], href);
                r.setHref(href);
                return r;
            });
            references.add(new TOCReference(entry.label(), resource, parts.length > 1 ? parts[1] : null,
                    references(entry.children(), resources)));
        }
        return references;
    }
}
