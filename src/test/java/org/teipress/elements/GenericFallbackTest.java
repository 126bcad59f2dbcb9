package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Nothing is dropped: an element no rule knows, TEI or a project's own, renders its content as a
 * block where it stands among blocks and inline in running text, and the build names it once
 * with its count.
 */
class GenericFallbackTest {

    @Test
    void unknownElementsKeepTheirTextAndAreCountedOncePerName() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div><head>Guide</head>"
                + "<msDesc><msIdentifier><repository>Arnamagnæan Institute</repository></msIdentifier></msDesc>"
                + "<p>Press <Button>Connect</Button> and then <Button>OK</Button> in <x:menu xmlns:x='urn:example'>Settings</x:menu>.</p></div>");
        assertTrue(r.xhtmlText().contains("Arnamagnæan Institute"), r.xhtmlText());
        assertTrue(r.xhtmlText().contains("Press Connect and then OK in Settings."), r.xhtmlText());
        assertTrue(r.foText().contains("Press Connect and then OK in Settings."), r.foText());
        assertTrue(r.xhtml.contains("<div class=\"tp-generic\""), "the manuscript description stands as a block");
        assertTrue(r.xhtml.contains("<span class=\"tp-generic\">Connect</span>"), "a button name runs in the text");
        assertTrue(r.notices.contains("rendered generically: tei:Button ×2"), r.notices.toString());
        assertTrue(r.notices.contains("rendered generically: Q{urn:example}menu ×1"), r.notices.toString());
        assertTrue(r.notices.contains("rendered generically: tei:msDesc ×1"), r.notices.toString());
    }
}
