package org.teipress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.pipeline.InvalidInputException;

/**
 * Refuses pointers that would read the reader's own files or run code when followed in the PDF or
 * EPUB ({@code file:}, {@code javascript:}, {@code vbscript:}, {@code data:}). The house rules
 * refuse every target that is not http(s) or #id; a lenient build lets the others through as
 * warnings, but never these.
 */
final class HostileTargets {
    /** Attributes that point somewhere, in TEI and in the XLink some projects add. */
    private static final Set<String> POINTERS = Set.of("target", "url", "ref", "corresp", "facs", "source", "href");
    private static final List<String> SCHEMES = List.of("file:", "javascript:", "vbscript:", "data:");

    void check(Path source, XdmNode document) throws InvalidInputException {
        List<XdmNode> found = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        walk(document, found, targets);
        if (found.isEmpty()) {
            return;
        }
        XdmNode first = found.get(0);
        throw new InvalidInputException("The pointer \"" + targets.get(0) + "\" of <" + first.getNodeName().getLocalName()
                + ">" + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "")
                + " would read a local file or run code when a reader follows it; tei-press refuses "
                + String.join(", ", SCHEMES) + " targets. Point to an http(s) address or to an xml:id (#id) instead.",
                source, first.getLineNumber(), first.getColumnNumber());
    }

    private static void walk(XdmNode node, List<XdmNode> found, List<String> targets) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            for (XdmNode attribute : child.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
                if (!POINTERS.contains(attribute.getNodeName().getLocalName())) {
                    continue;
                }
                for (String token : attribute.getStringValue().strip().split("\\s+")) {
                    String lower = token.toLowerCase(Locale.ROOT);
                    if (SCHEMES.stream().anyMatch(lower::startsWith)) {
                        found.add(child);
                        targets.add(token);
                    }
                }
            }
            walk(child, found, targets);
        }
    }
}
