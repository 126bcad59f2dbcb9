package org.teipress.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Reads from FOP's intermediate format on which page each note mark fell. FOP writes an
 * {@code <id name="…"/>} inside a {@code <page index="…">} where an element with that id
 * starts; the note marks carry the id {@code ref-} + the note's xml:id (xslt/fo/notes.xsl).
 */
final class MarkPages {
    private static final String IF_NAMESPACE = "http://xmlgraphics.apache.org/fop/intermediate";

    private MarkPages() {
    }

    /** Mark id → zero-based page index, for the ids in {@code markIds} that were laid out. */
    static Map<String, Integer> read(XdmNode intermediate, Set<String> markIds) {
        Map<String, Integer> pages = new HashMap<>();
        intermediate.select(Steps.descendant(Predicates.hasName(IF_NAMESPACE, "page"))).forEach(page -> {
            int index = Integer.parseInt(page.attribute("index"));
            page.select(Steps.descendant(Predicates.hasName(IF_NAMESPACE, "id"))).forEach(id -> {
                String name = id.attribute("name");
                if (markIds.contains(name)) {
                    pages.putIfAbsent(name, index);
                }
            });
        });
        return pages;
    }
}
