package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Title pages (titlePage and its parts) and headings of typed front and back divisions. */
class TitlePageTest {
    private static final String TITLE_PAGE = "<front><titlePage><docTitle><titlePart type='main'>Die Blumen</titlePart>"
            + "<titlePart type='sub'>Ein Spiel in Versen</titlePart></docTitle><byline>von <docAuthor>Theodor Körner</docAuthor></byline>"
            + "<docImprint>Leipzig, <docDate>1815</docDate></docImprint></titlePage>"
            + "<div type='dedication'><p>Meiner Mutter</p></div></front>"
            + "<body><div><head>Erster Auftritt</head><p>Text</p></div></body>"
            + "<back><div type='appendix'><p>Nachtrag</p></div></back>";

    @Test
    void theTitlePageOfTheFrontMatterIsTheBooksTitlePage() throws Exception {
        ElementRendering r = ElementRendering.ofText("de", TITLE_PAGE, Path.of("target", "t.xml"), Map.of());
        assertTrue(r.xhtml.contains("<h1 id=\"book-title\" class=\"title\">Die Blumen</h1>"), r.xhtml);
        assertEquals(1, r.xhtml.split("id=\"book-title\"", -1).length - 1, "one title heading");
        String text = r.xhtmlText();
        assertTrue(text.indexOf("Die Blumen") < text.indexOf("Ein Spiel in Versen")
                && text.indexOf("Ein Spiel in Versen") < text.indexOf("von Theodor Körner")
                && text.indexOf("von Theodor Körner") < text.indexOf("Leipzig, 1815"), text);
        assertTrue(r.xhtml.contains("<div class=\"tp-doc-imprint\">"), r.xhtml);
        String fo = r.foText();
        assertTrue(fo.indexOf("Die Blumen") < fo.indexOf("Leipzig, 1815"), fo);
    }

    @Test
    void typedDivisionsWithoutHeadingGetOneInTheDocumentsLanguage() throws Exception {
        ElementRendering r = ElementRendering.ofText("de", TITLE_PAGE, Path.of("target", "t.xml"), Map.of());
        assertTrue(r.xhtmlText().contains("Widmung Meiner Mutter"), r.xhtmlText());
        assertTrue(r.xhtmlText().contains("Anhang Nachtrag"), r.xhtmlText());
        assertTrue(r.fo.matches("(?s).*<fo:bookmark-title>[^<]*Anhang</fo:bookmark-title>.*"), "the generated heading is in the outline");
        ElementRendering english = ElementRendering.ofText("en", TITLE_PAGE, Path.of("target", "t.xml"), Map.of());
        assertTrue(english.xhtmlText().contains("Appendix Nachtrag"), english.xhtmlText());
    }

    @Test
    void numberedDivisionsAreDivisions() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div1><head>Book One</head><div2><head>Chapter 1</head><p>Call me</p></div2></div1>");
        assertTrue(r.fo.matches("(?s).*<fo:bookmark-title>[^<]*Book One</fo:bookmark-title><fo:bookmark [^>]*><fo:bookmark-title>[^<]*Chapter 1</fo:bookmark-title>.*"), r.fo);
        assertTrue(r.xhtml.contains("<h2 id="), "the nested division has a second-level heading");
    }
}
