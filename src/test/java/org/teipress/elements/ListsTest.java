package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Test;

/** List types, gloss lists, bibliographies of bibl and biblStruct, registers of persons and places. */
class ListsTest {
    private static final String MODEL = "urn:tei-press:normalized";

    @Test
    void aListNumberedByRendIsOrderedAndAGlossListPairsLabelsWithItems() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<list rend='numbered'><item>first</item><item>second</item></list>"
                + "<list type='gloss'><label>TEI</label><item>Text Encoding Initiative</item></list>");
        assertTrue(r.xhtml.contains("<ol class=\"list ordered\"><li class=\"tp-labelled\"><span class=\"tp-item-label\">1.</span> first</li>"
                + "<li class=\"tp-labelled\"><span class=\"tp-item-label\">2.</span> second</li></ol>"), r.xhtml);
        assertTrue(r.xhtml.contains("<dt>TEI</dt><dd>Text Encoding Initiative</dd>"), r.xhtml);
        assertTrue(r.foText().contains("1. first 2. second"), r.foText());
    }

    @Test
    void theModelDecidesEveryItemsLabelOnceAndTheDriversSetIt() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<list type='roman'><item>one</item><item n='iv'>four</item></list>"
                + "<list><item>bulleted</item></list><list type='simple'><item>plain</item></list>"
                + "<list type='gloss'><label>TEI</label><item>Text Encoding Initiative</item></list>");
        assertEquals(List.of("number i.", "n iv.", "bullet •", "none ", "label "), labels(r));
        String fo = r.foText();
        assertTrue(fo.contains("i. one iv. four • bulleted plain TEI Text Encoding Initiative"), fo);
        assertTrue(r.xhtml.contains("<span class=\"tp-item-label\">iv.</span> four"), r.xhtml);
        assertTrue(r.xhtml.contains("<ul class=\"list bulleted\"><li>bulleted</li></ul>"), "a bullet is the list's marker: " + r.xhtml);
        assertTrue(r.xhtml.contains("<li class=\"tp-labelled\">plain</li>"), r.xhtml);
    }

    private static List<String> labels(ElementRendering r) {
        List<String> labels = new ArrayList<>();
        for (XdmNode item : r.normalized.select(Steps.descendant(ElementRendering.TEI, "item")).toList()) {
            labels.add(item.getAttributeValue(new QName(MODEL, "label-kind")) + " "
                    + java.util.Objects.requireNonNullElse(item.getAttributeValue(new QName(MODEL, "label")), ""));
        }
        return labels;
    }

    @Test
    void aBlockInAPhraseBecomesSpansWithTheRolesOfWhatTheyReplace() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<listBibl><msDesc xml:id='ms1'><msIdentifier><idno>AM 62</idno></msIdentifier>"
                + "<physDesc><p>Two quires: <list><item>the first</item><item>the second</item></list></p></physDesc></msDesc></listBibl>");
        assertFalse(r.xhtml.matches("(?s).*<span[^>]*>(?:(?!</span>).)*<(ul|ol|li|p|div)[ >].*"), "no block inside a span: " + r.xhtml);
        assertTrue(r.xhtml.contains("role=\"list\"") && r.xhtml.contains("role=\"listitem\""), r.xhtml);
        assertEquals(r.xhtml.indexOf("id=\"ms1\""), r.xhtml.lastIndexOf("id=\"ms1\""), "the id is declared once: " + r.xhtml);
        assertTrue(r.foText().contains("• the first • the second"), r.foText());
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
