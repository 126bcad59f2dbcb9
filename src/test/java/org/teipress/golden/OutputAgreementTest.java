package org.teipress.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every golden fixture to XSL-FO (the PDF) and XHTML (the EPUB) and checks that the two
 * show the reader the same section labels, note marks and quotation marks, and that these are
 * the ones the normalising pass decided.
 */
class OutputAgreementTest {
    private static final String QUOTATION_MARKS = "“”‘’«»„‚「」『』";

    private final FixtureTransforms transforms = new FixtureTransforms();

    @TestFactory
    Stream<DynamicTest> pdfAndEpubAgree() {
        return GoldenCorpus.fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
            XdmNode model = transforms.normalize(fixture).tree();
            XdmNode fo = transforms.fo(model);
            Map<String, XdmNode> xhtml = transforms.xhtml(model);
            assertFalse(xhtml.isEmpty(), "the XHTML driver wrote no document");

            for (XdmItem div : evaluate("//tei:text//tei:div[tei:head]", model)) {
                String id = string("@xml:id", div);
                String expected = transforms.headingText((XdmNode) div);
                String inPdf = visible(string("string-join(//fo:block[@id = '" + id + "']/fo:block[1]"
                        + "//text()[not(ancestor::fo:footnote-body)])", fo));
                String inEpub = visible(xhtmlString("string-join(//*[@id = '" + id + "-head']//text())", xhtml));
                assertEquals(expected, inPdf, fixture + ": heading of div " + id + " in the PDF");
                assertEquals(expected, inEpub, fixture + ": heading of div " + id + " in the EPUB");
            }

            for (XdmItem note : evaluate("//tei:text//tei:note", model)) {
                String id = string("@xml:id", note);
                String mark = string("string(@tp:mark)", note);
                assertEquals(mark, string("string(//fo:inline[@id = 'ref-" + id + "']//fo:basic-link)", fo),
                        fixture + ": mark of note " + id + " in the PDF");
                assertEquals(mark, xhtmlString("string(//h:a[@id = '" + id + "-ref'])", xhtml),
                        fixture + ": mark of note " + id + " in the EPUB");
            }

            assertEquals(quotationMarks(string("string-join(//fo:flow//text())", fo)),
                    quotationMarks(xhtmlString("string-join(//h:body//text())", xhtml)),
                    fixture + ": the quotation marks of the PDF and the EPUB text");
        }));
    }

    /** What a reader sees of a heading: spacing normalised, the invisible joiners dropped. */
    private static String visible(String text) {
        return text.replace("\uFEFF", "").replace("\u2060", "").replace("\u200B", "").strip()
                .replaceAll("[ \\t\\n]+", " ");
    }

    /** The quotation marks of a text, sorted: the notes stand elsewhere in each output. */
    private static List<Integer> quotationMarks(String text) {
        return text.codePoints().filter(c -> QUOTATION_MARKS.indexOf(c) >= 0).sorted().boxed().toList();
    }

    /** The value of $xpath on each content document of the EPUB except navigation and cover, joined. */
    private String xhtmlString(String xpath, Map<String, XdmNode> documents) throws SaxonApiException {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, XdmNode> document : documents.entrySet()) {
            if (!document.getKey().equals("nav.xhtml") && !document.getKey().equals("cover.xhtml")) {
                values.add(string(xpath, document.getValue()));
            }
        }
        return String.join("", values);
    }

    private XdmValue evaluate(String xpath, XdmItem context) throws SaxonApiException {
        XPathCompiler compiler = transforms.processor().newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        compiler.declareNamespace("tp", "urn:tei-press:normalized");
        compiler.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        compiler.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        var selector = compiler.compile(xpath).load();
        selector.setContextItem(context);
        return selector.evaluate();
    }

    private String string(String xpath, XdmItem context) throws SaxonApiException {
        XdmValue value = evaluate(xpath, context);
        return value.size() == 0 ? "" : value.itemAt(0).getStringValue();
    }
}
