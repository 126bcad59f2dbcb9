package org.teipress.epub;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teipress.core.PublishException;
import org.teipress.xslt.Stylesheets;

/**
 * The XHTML stage: runs {@code xslt/tei-to-xhtml.xsl} on the normalised TEI once and keeps
 * every result document in memory, keyed by its href inside the package.
 */
final class XhtmlDocuments {
    static final String STYLESHEET = "tei-to-xhtml.xsl";
    /** Result documents are resolved against this base and never written to disk. */
    private static final URI OUTPUT_BASE = URI.create("file:///tei-press-epub/");

    private final Stylesheets stylesheets;

    XhtmlDocuments(Stylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The result of one transform: the package plan and the documents in the order written. */
    record Result(XdmNode plan, Map<String, XdmNode> documents) { }

    Result transform(XdmNode normalized, java.nio.file.Path source, PackageLayout layout) throws PublishException {
        Xslt30Transformer transformer = stylesheets.executable(STYLESHEET).load30();
        Map<String, XdmDestination> captured = new LinkedHashMap<>();
        transformer.setBaseOutputURI(OUTPUT_BASE.toString());
        transformer.setResultDocumentHandler(uri -> {
            XdmDestination destination = new XdmDestination();
            destination.setDestinationBaseURI(uri);
            captured.put(OUTPUT_BASE.relativize(uri).toString(), destination);
            return destination;
        });
        XdmDestination plan = new XdmDestination();
        // A terminating xsl:message says what is wrong with the source; it becomes the error.
        List<String> messages = new ArrayList<>();
        transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
        try {
            transformer.setStylesheetParameters(Map.of(
                    new QName("css-href"), new XdmAtomicValue(layout.cssHref()),
                    new QName("cover-image-href"), new XdmAtomicValue(layout.coverImageHref())));
            transformer.setGlobalContextItem(normalized);
            transformer.applyTemplates(normalized, plan);
        } catch (SaxonApiException e) {
            String reason = messages.isEmpty() ? e.getMessage() : String.join("; ", messages);
            throw new PublishException("xslt/" + STYLESHEET + " cannot publish this document: " + reason,
                    source, -1, -1, e);
        }
        Map<String, XdmNode> documents = new LinkedHashMap<>();
        captured.forEach((href, destination) -> documents.put(href, destination.getXdmNode()));
        return new Result(plan.getXdmNode(), documents);
    }

    /** XHTML in the XML syntax with an XML declaration, as EPUB 3 content documents are. */
    static byte[] serialize(Processor processor, XdmNode document) throws PublishException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Serializer serializer = processor.newSerializer(bytes);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xhtml");
        serializer.setOutputProperty(Serializer.Property.HTML_VERSION, "5");
        serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        serializer.setOutputProperty(Serializer.Property.INCLUDE_CONTENT_TYPE, "no");
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
        try {
            serializer.serializeNode(document);
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot serialise an XHTML document: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
