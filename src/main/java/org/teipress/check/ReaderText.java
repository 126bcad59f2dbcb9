package org.teipress.check;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teipress.core.PublishException;
import org.teipress.xslt.Stylesheets;

/**
 * What the reader sees of an element of the normalised tree, as the stylesheets' own plain-text
 * reading ({@code xslt/common/plain-text.xsl}) gives it: the gate knows no rule of its own about
 * generated quotation marks, note marks, labels or the shown reading of a {@code choice}.
 */
final class ReaderText {
    private static final String FUNCTIONS = "urn:tei-press:functions";
    private static final QName PASSAGE = new QName(FUNCTIONS, "reader-text");
    private static final QName HEADING = new QName(FUNCTIONS, "div-heading-text");
    private static final QName CASE_TRANSFORMED = new QName(FUNCTIONS, "case-transformed-text");

    private final Xslt30Transformer functions;

    ReaderText(Stylesheets stylesheets) throws PublishException {
        this.functions = stylesheets.executable("reader-text.xsl").load30();
    }

    /** A paragraph, heading or note as shown, with the marks of the notes it holds. */
    String passage(XdmNode element) {
        return call(PASSAGE, element);
    }

    /** A division's heading with its label, as the outline and the contents show it. */
    String heading(XdmNode div) {
        return call(HEADING, div);
    }

    /** The text of the element an output may show in another case than the source's (small capitals); often empty. */
    String caseTransformed(XdmNode element) {
        return call(CASE_TRANSFORMED, element);
    }

    private String call(QName function, XdmNode node) {
        try {
            return functions.callFunction(function, new XdmValue[] {node}).itemAt(0).getStringValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("xslt/common/plain-text.xsl failed on line " + node.getLineNumber()
                    + ": " + e.getMessage(), e);
        }
    }
}
