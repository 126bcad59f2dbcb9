package org.teipress.epub;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.pipeline.InvalidInputException;

/**
 * What the XHTML stylesheet says the package holds (its principal result, namespace
 * {@code urn:tei-press:epub-package}): metadata from the teiHeader, documents in reading order
 * and the table of contents. {@code progression} is the reading direction of the spine, {@code ltr}
 * or {@code rtl} (a book in Hebrew or Arabic turns its pages the other way); {@code paginationSource}
 * describes the edition whose pages the navigation document's page list gives, null when the text
 * marks no pages.
 */
record PackagePlan(String title, List<String> creators, String identifier, String language,
        LocalDate date, List<String> publishers, List<String> descriptions, List<String> subjects,
        List<Document> spine, String progression, List<TocEntry> toc, String paginationSource) {

    static final String NS = "urn:tei-press:epub-package";

    /** A content document; {@code role} is cover, titlepage, nav or chapter. */
    record Document(String href, String role) { }

    record TocEntry(String href, String label, List<TocEntry> children) { }

    static PackagePlan read(XdmNode plan, Path source) throws InvalidInputException {
        XdmNode root = child(plan, "package");
        if (root == null) {
            throw new IllegalStateException("xslt/tei-to-xhtml.xsl returned no package plan");
        }
        String identifier = text(root, "identifier");
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException("The teiHeader has no publicationStmt/idno; the EPUB needs a stable"
                    + " identifier. Add <idno type=\"URI\">urn:uuid:…</idno> to publicationStmt.", source, -1, -1);
        }
        String date = text(root, "date");
        LocalDate published;
        try {
            published = LocalDate.parse(date == null ? "" : date.substring(0, Math.min(10, date.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The teiHeader has no publicationStmt/date with @when=\"YYYY-MM-DD\"; the EPUB"
                    + " takes its modification date from it (builds must not depend on the clock). Found: '"
                    + date + "'.", source, -1, -1, e);
        }
        return new PackagePlan(text(root, "title"), texts(root, "creator"), identifier, text(root, "language"),
                published, texts(root, "publisher"), texts(root, "description"), texts(root, "subject"),
                children(child(root, "spine"), "document").stream()
                        .map(d -> new Document(d.getAttributeValue(new QName("href")),
                                d.getAttributeValue(new QName("role"))))
                        .toList(),
                child(root, "spine").getAttributeValue(new QName("progression")),
                entries(child(root, "toc")), text(root, "pagination-source"));
    }

    Document document(String role) {
        return spine.stream().filter(d -> d.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("package plan has no " + role + " document"));
    }

    private static List<TocEntry> entries(XdmNode parent) {
        return children(parent, "entry").stream()
                .map(e -> new TocEntry(e.getAttributeValue(new QName("href")),
                        e.getAttributeValue(new QName("label")), entries(e)))
                .toList();
    }

    private static List<XdmNode> children(XdmNode parent, String localName) {
        QName name = new QName(NS, localName);
        List<XdmNode> found = new java.util.ArrayList<>();
        for (XdmNode node : parent.children()) {
            if (node.getNodeKind() == XdmNodeKind.ELEMENT && node.getNodeName().equals(name)) {
                found.add(node);
            }
        }
        return found;
    }

    private static XdmNode child(XdmNode parent, String localName) {
        List<XdmNode> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(XdmNode parent, String localName) {
        XdmNode node = child(parent, localName);
        return node == null ? null : node.getStringValue();
    }

    private static List<String> texts(XdmNode parent, String localName) {
        return children(parent, localName).stream().map(XdmNode::getStringValue).toList();
    }
}
