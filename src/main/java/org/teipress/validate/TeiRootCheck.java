package org.teipress.validate;

import java.nio.file.Path;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.pipeline.InvalidInputException;

/** Refuses a document that is not TEI at all, before schema errors would bury that fact. */
final class TeiRootCheck {
    static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";
    private static final QName TEI = new QName(TEI_NAMESPACE, "TEI");
    private static final QName TEI_CORPUS = new QName(TEI_NAMESPACE, "teiCorpus");

    private final boolean corpusAccepted;

    /** {@code corpusAccepted}: a {@code teiCorpus} root is published too (one book, a part per member). */
    TeiRootCheck(boolean corpusAccepted) {
        this.corpusAccepted = corpusAccepted;
    }

    void check(Path source, XdmNode document) throws InvalidInputException {
        XdmNode root = rootElement(document);
        QName name = root.getNodeName();
        if (TEI.equals(name) || corpusAccepted && TEI_CORPUS.equals(name)) {
            return;
        }
        String found = name.getNamespace().isEmpty()
                ? "<" + name.getLocalName() + "> in no namespace"
                : "<" + name.getLocalName() + "> in namespace " + name.getNamespace();
        String hint = name.getLocalName().equals("TEI") && name.getNamespace().isEmpty()
                ? " Add xmlns=\"" + TEI_NAMESPACE + "\" to the <TEI> start tag."
                : name.getLocalName().equals("TEI")
                ? " Change xmlns=\"" + name.getNamespace() + "\" to xmlns=\"" + TEI_NAMESPACE
                        + "\" on the <TEI> start tag (TEI P5 has this one namespace)."
                : " tei-press publishes TEI P5 documents: the root element must be <TEI xmlns=\""
                        + TEI_NAMESPACE + "\"> with a <teiHeader> and a <text>.";
        throw new InvalidInputException("This is not a TEI document: its root element is " + found
                + ", expected <TEI> in namespace " + TEI_NAMESPACE + "." + hint,
                source, root.getLineNumber(), root.getColumnNumber());
    }

    /** The document element; comments and processing instructions may precede it. */
    static XdmNode rootElement(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        throw new IllegalStateException("A parsed document always has a root element");
    }
}
