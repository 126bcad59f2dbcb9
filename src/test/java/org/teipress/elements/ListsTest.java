package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** List types, gloss lists, bibliographies of bibl and biblStruct, registers of persons and places. */
class ListsTest {

    @Test
    void aListNumberedByRendIsOrderedAndAGlossListPairsLabelsWithItems() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<list rend='numbered'><item>first</item><item>second</item></list>"
                + "<list type='gloss'><label>TEI</label><item>Text Encoding Initiative</item></list>");
        assertTrue(r.xhtml.contains("<ol class=\"list ordered\"><li>first</li><li>second</li></ol>"), r.xhtml);
        assertTrue(r.xhtml.contains("<dt>TEI</dt><dd>Text Encoding Initiative</dd>"), r.xhtml);
        assertTrue(r.foText().contains("1. first 2. second"), r.foText());
    }

    @Test
    void aStructuredCitationReadsAsAReferenceWithItsPartsSeparated() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<listBibl><head>Works cited</head>"
                + "<biblStruct><analytic><author>Driscoll, M. J.</author><title level='a'>Words on the page</title></analytic>"
                + "<monogr><title level='m'>Creating the medieval saga</title><imprint><pubPlace>Odense</pubPlace>"
                + "<publisher>University Press</publisher><date>2010</date></imprint></monogr></biblStruct>"
                + "<bibl>A plain entry</bibl><listBibl><head>Manuscripts</head><bibl>AM 62 fol.</bibl></listBibl></listBibl>");
        String text = r.xhtmlText();
        assertTrue(text.contains("Driscoll, M. J. Words on the page. Creating the medieval saga. Odense, University Press, 2010"), text);
        assertTrue(r.xhtml.contains("<li><span class=\"bibl\">A plain entry</span></li>"), r.xhtml);
        assertTrue(text.indexOf("Manuscripts") < text.indexOf("AM 62 fol."), "a nested bibliography is flattened, heading first");
    }

    @Test
    void registersOfPersonsAndPlacesArePlainLists() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<listPerson><person xml:id='p1'><persName>Snorri Sturluson</persName>"
                + "<birth><date>1179</date></birth><occupation>poet</occupation></person></listPerson>"
                + "<listPlace><place><placeName>Iceland</placeName><place><placeName>Reykholt</placeName></place></place></listPlace>");
        assertTrue(r.xhtmlText().contains("Snorri Sturluson; 1179; poet"), r.xhtmlText());
        assertTrue(r.xhtml.matches("(?s).*<li>.*Iceland.*<ul class=\"list register\"><li>.*Reykholt.*</li></ul>.*"), r.xhtml);
        assertTrue(r.xhtml.contains("id=\"p1\""), "an entry stays a link target");
        assertTrue(r.foText().contains("Snorri Sturluson; 1179; poet"), r.foText());
    }
}
