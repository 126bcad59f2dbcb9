package org.teipress.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Every {@code ptr}/{@code ref} target of the TEI is a link in the EPUB; every link leads
 * somewhere (a well-formed URI, or a document and id of the package); every note reference
 * reaches its note and the note links back to the reference.
 */
public final class EpubLinkCheck implements OutputCheck<EpubUnderTest> {
    private static final QName HREF = new QName("href");
    private static final QName ID = new QName("id");
    private static final QName ROLE = new QName("role");
    private static final QName EPUB_TYPE = new QName("epub", "http://www.idpf.org/2007/ops", "type");

    @Override
    public String name() {
        return "epub-links";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) {
        Map<String, Map<String, XdmNode>> idsByDocument = new HashMap<>();
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            Map<String, XdmNode> ids = new HashMap<>();
            collectIds(document.root(), ids);
            idsByDocument.put(document.path(), ids);
        }
        Map<String, Integer> uris = new HashMap<>();
        int links = 0;
        int noterefs = 0;
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            for (XdmNode anchor : EpubUnderTest.elements(document.root(), EpubUnderTest.XHTML, "a")) {
                String href = anchor.getAttributeValue(HREF);
                if (href == null) {
                    continue;
                }
                links++;
                String where = document.path() + ":" + anchor.getLineNumber();
                if (href.isBlank()) {
                    result.error("A link in " + where + " has an empty href.", null);
                    continue;
                }
                if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    if (PdfLinkCheck.isValidUri(href)) {
                        uris.merge(href, 1, Integer::sum);
                    } else {
                        result.error("A link in " + where + " has the invalid URI \"" + href + "\".", null);
                    }
                    continue;
                }
                String targetPath = EpubUnderTest.resolve(document.path(), href);
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                SourcePlace teiPlace = fragment.isEmpty() ? null : source.placeOfId(fragment);
                Map<String, XdmNode> targetIds = idsByDocument.get(targetPath);
                if (targetIds == null && !epub.has(targetPath)) {
                    result.error("The link \"" + href + "\" in " + where + " points to " + targetPath
                            + ", which is not in the EPUB.", teiPlace);
                    continue;
                }
                XdmNode target = targetIds == null || fragment.isEmpty() ? null : targetIds.get(fragment);
                if (!fragment.isEmpty() && target == null) {
                    result.error("The link \"" + href + "\" in " + where + " points to the id \"" + fragment
                            + "\", which " + targetPath + " does not have.", teiPlace);
                    continue;
                }
                if (isNoteref(anchor)) {
                    noterefs++;
                    checkBackLink(anchor, document.path(), target, targetPath, where, teiPlace, result);
                }
            }
        }
        int targets = ExpectedLinks.check(source, uris, result, "EPUB", "an <a href>");
        result.figure("links", links);
        result.figure("noteReferences", noterefs);
        result.figure("sourceTargets", targets);
    }

    /** The note must hold a link back to the reference (to its id or to an ancestor's). */
    private static void checkBackLink(XdmNode noteref, String refPath, XdmNode note, String notePath, String where,
            SourcePlace teiPlace, CheckResult result) {
        Set<String> refIds = new HashSet<>();
        for (XdmNode n = noteref; n != null && n.getNodeKind() == XdmNodeKind.ELEMENT; n = n.getParent()) {
            if (n.getAttributeValue(ID) != null) {
                refIds.add(n.getAttributeValue(ID));
            }
        }
        if (note == null) {
            result.error("The note reference in " + where + " does not point to a note (no #id).", teiPlace);
            return;
        }
        for (XdmNode back : EpubUnderTest.elements(note, EpubUnderTest.XHTML, "a")) {
            String href = back.getAttributeValue(HREF);
            if (href != null && href.contains("#") && EpubUnderTest.resolve(notePath, href).equals(refPath)
                    && refIds.contains(href.substring(href.indexOf('#') + 1))) {
                return;
            }
        }
        result.error("The note " + notePath + "#" + note.getAttributeValue(ID) + " has no link back to its reference in "
                + where + (refIds.isEmpty() ? " (the reference has no id to link back to)" : "") + ".", teiPlace);
    }

    private static boolean isNoteref(XdmNode anchor) {
        String type = anchor.getAttributeValue(EPUB_TYPE);
        String role = anchor.getAttributeValue(ROLE);
        return (type != null && type.matches("(^|.*\\s)noteref(\\s.*|$)")) || "doc-noteref".equals(role);
    }

    private static void collectIds(XdmNode node, Map<String, XdmNode> ids) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String id = child.getAttributeValue(ID);
                if (id != null) {
                    ids.putIfAbsent(id, child);
                }
                collectIds(child, ids);
            }
        }
    }
}
