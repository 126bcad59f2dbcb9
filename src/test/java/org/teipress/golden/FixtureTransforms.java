package org.teipress.golden;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The tei-press stylesheets run on a golden fixture as the build runs them: normalize.xsl, then
 * each driver on the normalised tree. Compiled from {@code xslt/} in the source tree, once per
 * instance.
 */
final class FixtureTransforms {
    private final Processor processor = new Processor(false);
    private final XsltExecutable normalize = compile(Path.of("xslt", "normalize.xsl"));
    private final XsltExecutable generatedText = compile(GoldenCorpus.FOLDER.resolve("generated-text.xsl"));
    private final XsltExecutable toFo = compile(Path.of("xslt", "tei-to-fo.xsl"));
    private final XsltExecutable toXhtml = compile(Path.of("xslt", "tei-to-xhtml.xsl"));
    private final Xslt30Transformer readerText = compile(Path.of("xslt", "reader-text.xsl")).load30();

    /** The normalised tree and the messages the pass emitted (locale fallbacks). */
    record Normalized(XdmNode tree, List<String> messages) {
    }

    private XsltExecutable compile(Path stylesheet) {
        try {
            return processor.newXsltCompiler().compile(new StreamSource(stylesheet.toFile()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot compile " + stylesheet + ": " + e.getMessage(), e);
        }
    }

    Normalized normalize(GoldenCorpus.Fixture fixture) throws SaxonApiException {
        XdmNode source = processor.newDocumentBuilder().build(fixture.source().toFile());
        Xslt30Transformer transformer = normalize.load30();
        Map<QName, XdmValue> parameters = new LinkedHashMap<>();
        fixture.parameters().forEach((name, value) -> parameters.put(new QName(name), new XdmAtomicValue(value)));
        transformer.setStylesheetParameters(parameters);
        List<String> messages = new ArrayList<>();
        transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
        XdmDestination result = new XdmDestination();
        transformer.applyTemplates(source, result);
        return new Normalized(result.getXdmNode(), List.copyOf(messages));
    }

    String serialize(XdmNode tree) throws SaxonApiException {
        StringWriter out = new StringWriter();
        Serializer serializer = processor.newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
        serializer.serializeNode(tree);
        return out + "\n";
    }

    String generatedText(XdmNode normalized) throws SaxonApiException {
        StringWriter out = new StringWriter();
        generatedText.load30().applyTemplates(normalized, processor.newSerializer(out));
        return out.toString();
    }

    XdmNode fo(XdmNode normalized) throws SaxonApiException {
        XdmDestination result = new XdmDestination();
        Xslt30Transformer transformer = toFo.load30();
        transformer.setGlobalContextItem(normalized);
        transformer.applyTemplates(normalized, result);
        return result.getXdmNode();
    }

    /** The XHTML content documents by href (the package plan left out). */
    Map<String, XdmNode> xhtml(XdmNode normalized) throws SaxonApiException {
        Map<String, XdmDestination> documents = new LinkedHashMap<>();
        Xslt30Transformer transformer = toXhtml.load30();
        transformer.setGlobalContextItem(normalized);
        transformer.setResultDocumentHandler(uri -> documents.computeIfAbsent(
                uri.toString().substring(uri.toString().lastIndexOf('/') + 1), href -> new XdmDestination()));
        transformer.applyTemplates(normalized, new XdmDestination());
        Map<String, XdmNode> trees = new LinkedHashMap<>();
        documents.forEach((href, destination) -> trees.put(href, destination.getXdmNode()));
        return trees;
    }

    /** A division's heading with its label as the reader sees it: the gate's reading (common/plain-text.xsl). */
    String headingText(XdmNode div) throws SaxonApiException {
        return readerText.callFunction(new QName("urn:tei-press:functions", "div-heading-text"), new XdmValue[] {div})
                .itemAt(0).getStringValue();
    }

    Processor processor() {
        return processor;
    }
}
