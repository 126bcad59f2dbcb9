package org.teipress.elements;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teipress.core.BundledResources;
import org.teipress.xslt.LocalImages;
import org.teipress.xslt.Stylesheets;

/**
 * A small TEI text through the normalising pass and both drivers, as a build runs them: the
 * normalised tree, the XSL-FO, every XHTML document, and the notices the pass gave.
 */
final class ElementRendering {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Processor PROCESSOR = new Processor(false);
    private static final Stylesheets STYLESHEETS = new Stylesheets(PROCESSOR, new BundledResources());

    final XdmNode normalized;
    final String fo;
    final String xhtml;
    final List<String> notices = new ArrayList<>();

    private ElementRendering(String tei, URI base, Map<String, String> parameters) throws Exception {
        StreamSource source = new StreamSource(new StringReader(tei), base.toString());
        XdmNode document = PROCESSOR.newDocumentBuilder().build(source);
        Map<String, XdmValue> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new XdmAtomicValue(value)));
        values.put("local-images", LocalImages.asParameter(LocalImages.of(document)));
        normalized = STYLESHEETS.transform("normalize.xsl", document, values, notices::add);
        fo = serialize(STYLESHEETS.transform("tei-to-fo.xsl", normalized, Map.of()));
        xhtml = xhtml(normalized);
    }

    /** {@code body} (the content of tei:body) in a document of language {@code lang}. */
    static ElementRendering of(String lang, String body) throws Exception {
        return of(lang, body, Map.of());
    }

    static ElementRendering of(String lang, String body, Map<String, String> parameters) throws Exception {
        return ofText(lang, "<body>" + body + "</body>", Path.of("target", "element-rendering.xml"), parameters);
    }

    /** {@code text} (the content of tei:text) as if read from {@code file}. */
    static ElementRendering ofText(String lang, String text, Path file, Map<String, String> parameters) throws Exception {
        String tei = "<TEI xmlns='" + TEI + "' xml:lang='" + lang + "'><teiHeader><fileDesc><titleStmt><title>T</title>"
                + "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
                + "</teiHeader><text>" + text + "</text></TEI>";
        return new ElementRendering(tei, file.toAbsolutePath().toUri(), parameters);
    }

    private static String xhtml(XdmNode normalized) throws SaxonApiException, org.teipress.core.PublishException {
        Xslt30Transformer transformer = STYLESHEETS.executable("tei-to-xhtml.xsl").load30();
        List<XdmDestination> documents = new ArrayList<>();
        transformer.setBaseOutputURI("file:///tei-press-test/");
        transformer.setResultDocumentHandler(uri -> {
            XdmDestination destination = new XdmDestination();
            destination.setDestinationBaseURI(uri);
            documents.add(destination);
            return destination;
        });
        transformer.setStylesheetParameters(Map.of(new QName("css-href"), new XdmAtomicValue("css/tei-press.css")));
        transformer.setGlobalContextItem(normalized);
        transformer.applyTemplates(normalized, new XdmDestination());
        StringBuilder all = new StringBuilder();
        for (XdmDestination document : documents) {
            all.append(serialize(document.getXdmNode())).append('\n');
        }
        return all.toString();
    }

    /** As written, without indentation: spaces in the result are the stylesheets' own. */
    private static String serialize(XdmNode node) throws SaxonApiException {
        java.io.StringWriter out = new java.io.StringWriter();
        net.sf.saxon.s9api.Serializer serializer = PROCESSOR.newSerializer(out);
        serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "no");
        serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.OMIT_XML_DECLARATION, "yes");
        serializer.serializeNode(node);
        return out.toString();
    }

    /** The text of the FO without markup, spaces collapsed: what the PDF would read. */
    String foText() {
        return text(fo.replaceAll("<fo:marker.*?</fo:marker>", "")
                .replaceAll("</?fo:(block|table-cell|leader|list-item-body)\\b[^>]*>", " "));
    }

    /** The text of the XHTML body documents without markup, spaces collapsed. */
    String xhtmlText() {
        return text(xhtml.replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("</?(div|p|li|dt|dd|h[1-6]|figure|figcaption|caption|td|th|section|aside|nav|br)\\b[^>]*>", " "));
    }

    private static String text(String markup) {
        return markup.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
