package org.teipress.xslt;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.push.Container;
import net.sf.saxon.s9api.push.Document;
import net.sf.saxon.s9api.push.Element;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Carries the source's line and column onto its TEI elements as {@code tp:line} and
 * {@code tp:column}, so that they survive the transformations after parsing (the preparation of
 * a source, the normalising pass), which keep attributes but not the parser's line numbers
 * (Saxon-HE offers no line-number function to XSLT). The validation gate reads the normalised
 * tree alone and names the source position from these attributes.
 *
 * <p>Only elements in the TEI namespace are marked: text shown as markup ({@code egXML}'s
 * examples) must not show them.
 */
public final class SourcePositions {
    public static final String NAMESPACE = "urn:tei-press:normalized";
    public static final String LINE = "line";
    public static final String COLUMN = "column";
    private static final QName LINE_NAME = new QName("tp", NAMESPACE, LINE);
    private static final QName COLUMN_NAME = new QName("tp", NAMESPACE, COLUMN);
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Processor processor;

    public SourcePositions(Processor processor) {
        this.processor = processor;
    }

    /**
     * {@code document} with the positions of its TEI elements as attributes; a document parsed
     * without line numbers is returned as it is.
     */
    public XdmNode mark(XdmNode document) {
        if (!hasLineNumbers(document)) {
            return document;
        }
        XdmDestination destination = new XdmDestination();
        // Images next to the source are found from its address (LocalImages).
        destination.setBaseURI(document.getBaseURI());
        try {
            Document copy = processor.newPush(destination).document(true);
            for (XdmNode child : document.children()) {
                copy(child, copy);
            }
            copy.close();
            return destination.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Copying the parsed source with its positions failed: " + e.getMessage(), e);
        }
    }

    private static boolean hasLineNumbers(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child.getLineNumber() > 0;
            }
        }
        return false;
    }

    private static void copy(XdmNode node, Container parent) throws SaxonApiException {
        switch (node.getNodeKind()) {
            case ELEMENT -> copyElement(node, parent.element(node.getNodeName()));
            case TEXT -> parent.text(node.getStringValue());
            case COMMENT -> parent.comment(node.getStringValue());
            case PROCESSING_INSTRUCTION -> parent.processingInstruction(node.getNodeName().getLocalName(),
                    node.getStringValue());
            default -> { }
        }
    }

    private static void copyElement(XdmNode source, Element copy) throws SaxonApiException {
        for (XdmNode namespace : source.select(Steps.namespace()).toList()) {
            String prefix = namespace.getNodeName() == null ? "" : namespace.getNodeName().getLocalName();
            if (!prefix.equals("xml")) {
                copy.namespace(prefix, namespace.getStringValue());
            }
        }
        for (XdmNode attribute : source.select(Steps.attribute()).toList()) {
            copy.attribute(attribute.getNodeName(), attribute.getStringValue());
        }
        if (TEI.equals(source.getNodeName().getNamespace()) && source.getLineNumber() > 0) {
            copy.attribute(LINE_NAME, Integer.toString(source.getLineNumber()));
            copy.attribute(COLUMN_NAME, Integer.toString(Math.max(source.getColumnNumber(), 0)));
        }
        for (XdmNode child : source.children()) {
            copy(child, copy);
        }
        copy.close();
    }
}
