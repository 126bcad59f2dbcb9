package org.teipress.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared element rules one scenario at a time, XSpec-style, on Saxon-HE: every scenario in
 * {@code src/test/resources/rules/*.xml} names a small TEI context, optional normalize.xsl
 * parameters, and XPath expectations on the normalised result (or the error code the pass must
 * raise, or a message it must emit).
 */
class ModelRulesTest {
    private static final String RULES = "urn:tei-press:rule-tests";
    private static final Path FILE = Path.of("src", "test", "resources", "rules", "model-rules.xml");

    private final Processor processor = new Processor(false);
    private final XsltExecutable normalize = compile();

    private XsltExecutable compile() {
        try {
            return processor.newXsltCompiler().compile(new javax.xml.transform.stream.StreamSource(
                    Path.of("xslt", "normalize.xsl").toFile()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws SaxonApiException {
        XdmNode rules = processor.newDocumentBuilder().build(FILE.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (XdmItem scenario : select("//r:scenario", rules)) {
            XdmNode node = (XdmNode) scenario;
            String label = node.getAttributeValue(new QName("label"));
            tests.add(DynamicTest.dynamicTest(label, () -> run(node, label)));
        }
        assertTrue(tests.size() >= 10, "at least ten scenarios in " + FILE);
        return tests.stream();
    }

    private void run(XdmNode scenario, String label) throws SaxonApiException {
        XdmNode contextElement = (XdmNode) select("r:context/*", scenario).itemAt(0);
        DocumentBuilder builder = processor.newDocumentBuilder();
        XdmNode context = builder.build(new javax.xml.transform.dom.DOMSource(
                net.sf.saxon.dom.NodeOverNodeInfo.wrap(contextElement.getUnderlyingNode())));
        Xslt30Transformer transformer = normalize.load30();
        Map<QName, XdmValue> parameters = new LinkedHashMap<>();
        String params = scenario.getAttributeValue(new QName("params"));
        if (params != null) {
            for (String pair : params.trim().split("\\s+")) {
                String[] parts = pair.split("=", 2);
                parameters.put(new QName(parts[0]), new XdmAtomicValue(parts[1]));
            }
        }
        transformer.setStylesheetParameters(parameters);
        List<String> messages = new ArrayList<>();
        transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
        XdmDestination result = new XdmDestination();
        String error = scenario.getAttributeValue(new QName("error"));
        if (error != null) {
            SaxonApiException thrown = assertThrows(SaxonApiException.class,
                    () -> transformer.applyTemplates(context, result), label + ": the pass must fail");
            assertEquals(error.substring(error.indexOf(':') + 1), thrown.getErrorCode().getLocalName(), label);
            return;
        }
        transformer.applyTemplates(context, result);
        XdmNode normalized = result.getXdmNode();
        for (XdmItem expect : select("r:expect", scenario)) {
            String test = ((XdmNode) expect).getAttributeValue(new QName("test"));
            if (!select("boolean(" + test + ")", normalized).itemAt(0).getStringValue().equals("true")) {
                fail(label + ": expected " + test + "\nnormalised body: "
                        + select("/*/*:text", normalized).itemAt(0).toString());
            }
        }
        for (XdmItem expect : select("r:expect-message", scenario)) {
            String contains = ((XdmNode) expect).getAttributeValue(new QName("contains"));
            assertTrue(messages.stream().anyMatch(m -> m.contains(contains)),
                    label + ": a message containing " + contains + ", got " + messages);
        }
    }

    private XdmValue select(String xpath, XdmItem context) throws SaxonApiException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("r", RULES);
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        compiler.declareNamespace("tp", "urn:tei-press:normalized");
        var selector = compiler.compile(xpath).load();
        selector.setContextItem(context);
        return selector.evaluate();
    }
}
