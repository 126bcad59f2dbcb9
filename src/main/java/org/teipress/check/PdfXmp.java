package org.teipress.check;

import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The fields of a PDF's XMP metadata the gate compares: Dublin Core and the PDF/A identification. */
final class PdfXmp {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";

    private final Document xmp;

    private PdfXmp(Document xmp) {
        this.xmp = xmp;
    }

    /** The XMP of the document catalog, or empty when the PDF has none. */
    static Optional<PdfXmp> of(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return Optional.of(new PdfXmp(factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()))));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The XMP metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    List<String> titles() {
        return listItems(DC, "title");
    }

    List<String> creators() {
        return listItems(DC, "creator");
    }

    List<String> languages() {
        return listItems(DC, "language");
    }

    /** {@code pdfaid:part} + {@code pdfaid:conformance}, e.g. "2a", or empty when not declared. */
    String pdfaIdentification() {
        return property(PDFAID, "part") + property(PDFAID, "conformance").toLowerCase(Locale.ROOT);
    }

    private List<String> listItems(String namespace, String name) {
        List<String> items = new ArrayList<>();
        NodeList properties = xmp.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < properties.getLength(); i++) {
            NodeList lis = ((Element) properties.item(i)).getElementsByTagNameNS(RDF, "li");
            for (int j = 0; j < lis.getLength(); j++) {
                items.add(lis.item(j).getTextContent().trim());
            }
        }
        return items;
    }

    /** A simple property, written either as an element or as an attribute of rdf:Description. */
    private String property(String namespace, String name) {
        NodeList elements = xmp.getElementsByTagNameNS(namespace, name);
        if (elements.getLength() > 0) {
            return elements.item(0).getTextContent().trim();
        }
        NodeList descriptions = xmp.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            String value = ((Element) descriptions.item(i)).getAttributeNS(namespace, name);
            if (!value.isEmpty()) {
                return value.trim();
            }
        }
        return "";
    }
}
