package org.teipress.validate;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Every element of a document that the house schema does not name, found by walking the whole
 * tree. Jing stops looking inside an element it does not know, so it would count a play's
 * {@code sp} but not the {@code lg} inside it; this counts both, under the same kinds (and
 * wording) as {@link RelaxNgCheck}'s summaries.
 */
final class ElementDepartures {
    private static final String TEI_EXAMPLES = "http://www.tei-c.org/ns/Examples";
    private static final QName TEI_HEADER = new QName(TeiRootCheck.TEI_NAMESPACE, "teiHeader");
    private final ElementVocabulary vocabulary;

    ElementDepartures(ElementVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Problem> find(XdmNode document) {
        List<Problem> found = new ArrayList<>();
        walk(document, false, found);
        return found;
    }

    private void walk(XdmNode node, boolean inHeader, List<Problem> found) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            QName name = child.getNodeName();
            String summary = departure(name, inHeader);
            if (summary != null) {
                found.add(new Problem(child.getLineNumber(), child.getColumnNumber(), summary, summary, summary));
            }
            // An example (egXML) is code to show, whatever it contains: one departure, not one per element in it.
            if (!TEI_EXAMPLES.equals(name.getNamespace())) {
                walk(child, inHeader || TEI_HEADER.equals(name), found);
            }
        }
    }

    /**
     * Why {@code name} is not in the house schema, in RelaxNgCheck's words; null when it is. The
     * schema lets the teiHeader hold any TEI element, so there only other namespaces depart.
     */
    private String departure(QName name, boolean inHeader) {
        String local = name.getLocalName();
        if (!TeiRootCheck.TEI_NAMESPACE.equals(name.getNamespace())) {
            return "element <" + local + "> from namespace "
                    + (name.getNamespace().isEmpty() ? "(none)" : name.getNamespace()) + " is not TEI";
        }
        if (inHeader) {
            return null;
        }
        if (!vocabulary.isTeiP5(local)) {
            return "element <" + local + "> is not a TEI P5 element";
        }
        if (!vocabulary.isSupported(local)) {
            return "element <" + local + "> is TEI but not in the house schema";
        }
        return null;
    }
}
