package org.teipress.validate;

import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.pipeline.InvalidInputException;

/** Refuses a document with no text to publish, which would otherwise yield blank outputs. */
final class EmptyDocumentCheck {
    /** Where the text is: a TEI's body, as the house schema has it. */
    static final String HOUSE_BODY = "/tei:TEI/tei:text/tei:body";
    /**
     * Where any TEI P5 document keeps its text: text (body, group, front, back), or its members' in
     * a corpus; a catalogue record with an empty body, its manuscript description in the header,
     * which is published as its text (xslt/normalize/elements/header.xsl).
     */
    static final String ANY_TEXT = "let $texts := (/tei:TEI/tei:text, /tei:teiCorpus//tei:TEI/tei:text),"
            + " $described := /tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc[normalize-space()]"
            + " return ($texts[normalize-space()], $described, $texts)[1]";

    private final XPathExecutable body;

    EmptyDocumentCheck(Processor processor, String bodyPath) {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", TeiRootCheck.TEI_NAMESPACE);
        try {
            body = compiler.compile(bodyPath);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    void check(Path source, XdmNode document) throws InvalidInputException {
        XdmItem found;
        try {
            XPathSelector selector = body.load();
            selector.setContextItem(document);
            found = selector.evaluateSingle();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        if (found == null) {
            XdmNode root = TeiRootCheck.rootElement(document);
            throw new InvalidInputException("The document has no <text><body>: there is nothing to publish."
                    + " Expected <TEI><teiHeader>…</teiHeader><text><body>…</body></text></TEI>;"
                    + " put the document's text in <body>.", source, root.getLineNumber(), root.getColumnNumber());
        }
        XdmNode bodyNode = (XdmNode) found;
        if (bodyNode.getStringValue().isBlank()) {
            throw new InvalidInputException("The document is empty: <body> contains no text, so the PDF and EPUB"
                    + " would be blank. Put the document's text in <body> (paragraphs <p> inside divisions <div>).",
                    source, bodyNode.getLineNumber(), bodyNode.getColumnNumber());
        }
    }
}
