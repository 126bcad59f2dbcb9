package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page, column and line breaks and milestones, and the parameters source-pages and line-breaks. */
class BreaksTest {
    private static final String PROSE = "<div><p>first page ends here<pb n='12'/>and the next one begins<lb/>after a line"
            + "<cb n='2'/>in a column</p><milestone unit='section'/><p>After the break</p></div>";

    @Test
    void pageNumbersOfTheSourceAreBracketedByDefaultAndLinesRunOn() throws Exception {
        ElementRendering r = ElementRendering.of("en", PROSE);
        assertTrue(r.xhtmlText().contains("first page ends here[12]and the next one begins after a line[col. 2]in a column"),
                r.xhtmlText());
        assertTrue(r.foText().contains("first page ends here[12]and the next one begins after a line[col. 2]in a column"),
                r.foText());
        assertFalse(r.xhtml.contains("<br"), "prose lines are not broken where the source's lines were");
        assertTrue(r.xhtml.contains("role=\"doc-pagebreak\""), "a page break is announced as one in the EPUB");
        assertEquals(1, r.xhtml.split("role=\"doc-pagebreak\"", -1).length - 1,
                "a column break is shown but not announced as a page (it would need a page-list entry)");
        assertTrue(r.xhtmlText().contains("* * * After the break") || r.xhtmlText().contains("*\u2003*\u2003* After the break"),
                "an unnumbered milestone between blocks is a section break");
    }

    @Test
    void aDiplomaticTranscriptionKeepsItsLinesAndMarginalNumbersLoseTheirBrackets() throws Exception {
        ElementRendering r = ElementRendering.of("en", PROSE, Map.of("line-breaks", "diplomatic", "source-pages", "margin"));
        assertTrue(r.xhtml.contains("begins<br/>after") || r.xhtml.contains("begins<br />after"), r.xhtml);
        // The number floats to the margin; a "|" divides the line where the page broke.
        assertTrue(r.xhtml.contains("<span class=\"tp-gen tp-margin\">12</span><span class=\"tp-gen tp-break-mark\">|</span>"),
                r.xhtml);
        assertTrue(r.xhtml.contains("tp-source-page tp-margin"));
        assertTrue(r.xhtml.contains("aria-label=\"12\" title=\"12\""), "the page break is labelled with its number");
        assertTrue(r.fo.matches("(?s).*<fo:float float=\"end\"><fo:block-container width=\"0pt\"><fo:block [^>]*><fo:inline[^>]*>12</fo:inline></fo:block>"
                + "</fo:block-container></fo:float><fo:inline[^>]*>\\|</fo:inline>and the next.*"), r.fo);
    }

    @Test
    void noSourcePagesLeavesOnlyAnAnchor() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p>before<pb n='3' xml:id='p3'/>after</p>", Map.of("source-pages", "none"));
        assertTrue(r.xhtmlText().contains("beforeafter"), r.xhtmlText());
        assertTrue(r.xhtml.contains("id=\"p3\""), "the page stays a link target");
    }

    @Test
    void aBreakBetweenListItemsMovesIntoTheNextItem() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<list><item>one</item><pb n='7'/><item>two</item></list>");
        assertTrue(r.xhtml.matches("(?s).*<li><span class=\"tp-source-page[^>]*><span class=\"tp-gen\">\\[7\\]</span></span>two</li>.*"),
                r.xhtml);
    }
}
