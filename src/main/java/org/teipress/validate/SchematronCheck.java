package org.teipress.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import org.teipress.core.PublishException;

/**
 * Applies tei-press.sch. The Schematron is compiled to XSLT with SchXslt once, when the check is
 * created; each failed assertion is located by evaluating its SVRL location path (an XPath 3
 * {@code path()}) on the line-numbered source tree, since Saxon-HE has no saxon:line-number().
 */
final class SchematronCheck {
    private static final String SCHXSLT_PIPELINE = "xslt/2.0/pipeline-for-svrl.xsl";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    private final Processor processor;
    private final XsltExecutable rules;

    SchematronCheck(Processor processor, URL schematron) throws PublishException {
        this.processor = processor;
        this.rules = compile(schematron);
    }

    List<Problem> check(XdmNode document) throws PublishException {
        XdmDestination report = new XdmDestination();
        try {
            rules.load30().applyTemplates(document, report);
        } catch (SaxonApiException e) {
            throw new PublishException("The tei-press Schematron rules failed on " + document.getBaseURI()
                    + ": " + e.getMessage(), e);
        }
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("svrl", SVRL);
        List<Problem> problems = new ArrayList<>();
        try {
            for (XdmItem failure : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report",
                    report.getXdmNode())) {
                XdmNode failed = (XdmNode) failure;
                String message = xpath.evaluateSingle("normalize-space(svrl:text)", failed).getStringValue();
                XdmNode where = locate(document, failed.getAttributeValue(new net.sf.saxon.s9api.QName("location")));
                // One assertion is one kind of departure; its first message stands for all of them.
                String kind = "schematron " + failed.getAttributeValue(new net.sf.saxon.s9api.QName("test"));
                String summary = "house rule: " + message;
                problems.add(where == null
                        ? new Problem(-1, -1, message, kind, summary)
                        : new Problem(where.getLineNumber(), where.getColumnNumber(), message, kind, summary));
            }
        } catch (SaxonApiException e) {
            throw new PublishException("The Schematron report cannot be read: " + e.getMessage(), e);
        }
        return problems;
    }

    /** The nearest element at {@code path}: attributes and text nodes carry no line of their own. */
    private XdmNode locate(XdmNode document, String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            XdmItem item = processor.newXPathCompiler().evaluateSingle(path, document);
            XdmNode node = (XdmNode) item;
            while (node != null && node.getNodeKind() != XdmNodeKind.ELEMENT) {
                node = node.getParent();
            }
            return node;
        } catch (SaxonApiException | ClassCastException e) {
            // An unexpected location form only costs the line number, never the message.
            return null;
        }
    }

    private XsltExecutable compile(URL schematron) throws PublishException {
        URL pipeline = SchematronCheck.class.getClassLoader().getResource(SCHXSLT_PIPELINE);
        if (pipeline == null) {
            throw new PublishException("SchXslt (" + SCHXSLT_PIPELINE + ") is missing from the class path;"
                    + " the installation is incomplete: rebuild it with 'mvn package'.");
        }
        try (InputStream schxslt = pipeline.openStream(); InputStream sch = schematron.openStream()) {
            XdmDestination compiled = new XdmDestination();
            processor.newXsltCompiler()
                    .compile(new StreamSource(schxslt, pipeline.toURI().toString()))
                    .load30()
                    .transform(new StreamSource(sch, schematron.toURI().toString()), compiled);
            return processor.newXsltCompiler().compile(compiled.getXdmNode().asSource());
        } catch (IOException | URISyntaxException | SaxonApiException e) {
            throw new PublishException("The tei-press Schematron " + schematron + " does not compile: "
                    + e.getMessage(), e);
        }
    }
}
