package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Phrase-level TEI (said, hi values, names, code, egXML, letters) and links of every kind. */
class PhraseAndLinksTest {

    @Test
    void speechAndSoCalledTakeTheQuotationMarksOfTheLanguage() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p>She said <said>come in</said>, the <soCalled>expert</soCalled> "
                + "and <said direct='false'>that she would</said>.</p>");
        assertTrue(r.xhtmlText().contains("She said “come in”, the “expert” and that she would."), r.xhtmlText());
    }

    @Test
    void hiValuesBeyondTheUsualOnesAreStyledByToken() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p><hi rend='smallcaps'>Caps</hi> <hi rend='strikethrough'>gone</hi> "
                + "<hi rend='bold italic'>both</hi> <hi style='font-variant: small-caps'>css</hi></p>"
                + "<div><hi rend='center'>Centred line</hi></div>");
        assertTrue(r.xhtml.contains("<span class=\"tp-hi tp-rend-smallcaps\">Caps</span>"), r.xhtml);
        assertTrue(r.xhtml.contains("class=\"tp-hi tp-rend-bold tp-rend-italic\""), r.xhtml);
        // FOP has no small caps: the PDF sets the small letters as capitals of 80 %, capitals as they are.
        assertTrue(r.fo.contains("C<fo:inline font-size=\"80%\">APS</fo:inline>"), r.fo);
        assertTrue(r.fo.contains("<fo:inline font-size=\"80%\">CSS</fo:inline>"), "small caps from @style too: " + r.fo);
        assertFalse(r.fo.contains("font-variant"), "FOP would ignore it");
        assertTrue(r.fo.contains("text-decoration=\"line-through\">gone"), r.fo);
        assertTrue(r.fo.matches("(?s).*font-style=\"italic\"[^>]*font-weight=\"bold\"[^>]*>both.*|.*font-weight=\"bold\"[^>]*font-style=\"italic\"[^>]*>both.*"), r.fo);
        assertTrue(r.fo.matches("(?s).*<fo:block[^>]*text-align=\"center\"[^>]*>Centred line.*"), r.fo);
    }

    @Test
    void markupIsShownAsCode() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p>Use <att>type</att> with <val>main</val> on <tag>title</tag>:</p>"
                + "<egXML xmlns='http://www.tei-c.org/ns/Examples'><title type='main'>A</title></egXML>");
        assertTrue(r.xhtmlText().contains("Use @type with \"main\" on <title>:"), r.xhtmlText());
        assertTrue(r.xhtml.contains("&lt;title type=\"main\"&gt;A&lt;/title&gt;"), r.xhtml);
        assertFalse(r.xhtml.contains("xmlns=\"http://www.tei-c.org/ns/Examples\""), "the example shows no namespace");
    }

    @Test
    void lettersHaveTheirOpenerCloserAndSignature() throws Exception {
        ElementRendering r = ElementRendering.of("ru", "<div><opener><dateline>Москва, 1 мая</dateline><salute>Милый друг!</salute></opener>"
                + "<p>Пишу тебе.</p><closer><signed>Твой А.</signed></closer><postscript><p>P.S. Привет.</p></postscript></div>");
        // The Russian locale binds a number to its month with a no-break space.
        String text = r.xhtmlText().replace('\u00A0', ' ');
        assertTrue(text.indexOf("Москва, 1 мая") < text.indexOf("Милый друг!") && text.indexOf("Пишу тебе.") < text.indexOf("Твой А."), text);
        assertTrue(r.xhtml.contains("<div class=\"tp-dateline\">Москва, 1\u00A0мая</div>"), r.xhtml);
        assertTrue(r.fo.matches("(?s).*text-align=\"end\"[^>]*>Твой А\\..*"), r.fo);
    }

    @Test
    void everyTargetIsALinkAndABadTargetIsText() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div xml:id='d1'><head>H</head><p>See <ref target='#d1 https://example.org/b'>both</ref>, "
                + "<ptr target='doi:10.1000/182'/>, <ref target='#nowhere'>nothing</ref>, <ref target='notes.html'>local</ref> "
                + "and <ref target='mailto:a@example.org'>mail</ref>.</p></div>");
        assertTrue(r.xhtml.contains(">both</a>"), r.xhtml);
        assertTrue(r.xhtml.contains("href=\"https://example.org/b\""), "the second target is a link of its own");
        assertTrue(r.xhtml.contains("href=\"https://doi.org/10.1000/182\""), r.xhtml);
        assertTrue(r.xhtml.contains("href=\"mailto:a@example.org\""), r.xhtml);
        assertFalse(r.xhtml.contains("href=\"notes.html\"") || r.xhtml.contains("#nowhere"), r.xhtml);
        assertTrue(r.xhtmlText().contains("nothing, local and mail."), r.xhtmlText());
        assertEquals(2, r.notices.stream().filter(n -> n.startsWith("link target")).count(), r.notices.toString());
        assertTrue(r.fo.contains("external-destination=\"url('https://example.org/b')\""), r.fo);
    }

    @Test
    void aLinkToAParagraphLeadsToAnAnchorAtItsStartInBothOutputs() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div><head>H</head><p xml:id='P1'>Target paragraph.</p>"
                + "<p>Here is a pointer to it: <ptr target='#P1'/>, and a <ref target='#P1'>reference</ref>.</p></div>");
        assertTrue(r.fo.contains("<fo:inline id=\"tp-anchor-P1\"/>Target paragraph."), r.fo);
        assertTrue(r.fo.contains("internal-destination=\"tp-anchor-P1\""), r.fo);
        assertFalse(r.fo.contains("url('#P1')"), "an internal pointer is never an external link");
        assertTrue(r.xhtml.contains("href=\"tp-div-1-2-1-1.xhtml#tp-anchor-P1\"") && r.xhtml.contains("<span id=\"tp-anchor-P1\"></span>Target paragraph."), r.xhtml);
        assertTrue(r.xhtmlText().contains("Here is a pointer to it: #P1, and a reference."), r.xhtmlText());
    }
}
