package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A note that stands between blocks, not in a line of text, in every place TEI gives notes. */
class NotesAmongBlocksTest {
    private static final String BODY = "<note>A free-standing note</note><p>Opening text</p>"
            + "<div><head>Part</head><p>First</p><note place='margin'>A marginal note between blocks</note>"
            + "<p>Second<note place='inline'>inline one</note> and<note place='display'>display one</note>"
            + " and<note place='none'>unplaced one</note> end.</p><note place='end'>An endnote between blocks</note>"
            + "<p>Last</p></div>";

    @Test
    void theMarkOfANoteBetweenBlocksStandsInABlockOfItsOwn() throws Exception {
        ElementRendering r = ElementRendering.of("en", BODY);
        // FOP accepts fo:footnote only inside a line of text, never directly in a flow or a block list.
        assertFalse(Pattern.compile("<fo:flow[^>]*><fo:footnote|</fo:block><fo:footnote").matcher(r.fo).find(), r.fo);
        assertTrue(r.fo.contains("<fo:block role=\"P\"><fo:footnote>"), r.fo);
        assertTrue(r.xhtml.contains("<p class=\"note-standalone\">"), r.xhtml);
    }

    @Test
    void everyNoteIsPublishedWhateverItsPlace() throws Exception {
        ElementRendering r = ElementRendering.of("en", BODY);
        for (String text : new String[] {"A free-standing note", "A marginal note between blocks", "inline one",
                "display one", "unplaced one", "An endnote between blocks"}) {
            assertTrue(r.foText().contains(text), text + " in " + r.foText());
            assertEquals(1, count(r.xhtml, "<aside[^>]*>(?:(?!</aside>).)*" + Pattern.quote(text)), text + " in " + r.xhtml);
        }
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
