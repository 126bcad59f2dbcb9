package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Critical apparatus (notes or inline) and editorial markup (plain and Leiden signs). */
class ApparatusAndEditorialTest {
    private static final String APPARATUS = "<p>arma <app><lem wit='#A'>virumque</lem><rdg wit='#B #C'>virosque</rdg>"
            + "<rdg wit='#D'/></app> cano</p>";

    @Test
    void readingsAreASecondNoteSeriesLetteredAbc() throws Exception {
        ElementRendering r = ElementRendering.of("la", APPARATUS + "<p>Troiae <app><lem>qui</lem><rdg wit='#B'>quae</rdg></app> primus</p>");
        assertTrue(r.xhtml.contains(">a</a>"), "the first apparatus note is marked a");
        assertTrue(r.xhtml.contains(">b</a>"), "the second b");
        assertTrue(r.xhtmlText().contains("virumque A] virosque B C; om. D"), r.xhtmlText());
        assertTrue(r.xhtmlText().contains("arma virumque"), "the text reads the lemma");
        assertTrue(r.foText().contains("virumque A] virosque B C; om. D"), r.foText());
        assertTrue(r.fo.contains("<fo:footnote>"), "in print the readings stand at the foot of the page");
    }

    @Test
    void inlineApparatusFollowsTheLemmaInBrackets() throws Exception {
        ElementRendering r = ElementRendering.of("la", APPARATUS, Map.of("apparatus", "inline"));
        assertTrue(r.xhtmlText().contains("arma virumque [virosque B C; om. D] cano"), r.xhtmlText());
        assertFalse(r.fo.contains("<fo:footnote>"));
    }

    @Test
    void editorialSignsOfThePlainConvention() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p>the <supplied>lost</supplied> word, a <gap/> gap, "
                + "<del>struck</del> <add>added</add> and <choice><abbr>Dr</abbr><expan>Doctor</expan></choice> "
                + "<choice><sic>teh</sic><corr>the</corr></choice> end</p>");
        String text = r.xhtmlText();
        assertTrue(text.contains("the [lost] word, a […] gap, struck added and Doctor the end"), text);
        assertTrue(r.xhtml.contains("<span class=\"tp-del\">struck</span>"), r.xhtml);
        assertTrue(r.fo.contains("text-decoration=\"line-through\">struck"), r.fo);
        assertTrue(r.foText().contains("the [lost] word, a […] gap, struck added and Doctor the end"), r.foText());
    }

    @Test
    void leidenSignsWhenAsked() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<p><del>struck</del> <add>added</add> <surplus>twice</surplus> "
                + "d<ex>omi</ex>nus</p>", Map.of("editorial-signs", "leiden"));
        assertTrue(r.xhtmlText().contains("⟦struck⟧ ⸌added⸍ {twice} d(omi)nus"), r.xhtmlText());

        ElementRendering gaps = ElementRendering.of("grc", "<p>αβ<gap reason='lost' extent='unknown' unit='character'/> "
                + "γ<gap reason='lost' quantity='3' unit='character'/>δ ε<gap reason='illegible' quantity='2' unit='character'/>ζ</p>",
                Map.of("editorial-signs", "leiden"));
        assertTrue(gaps.xhtmlText().contains("αβ[---] γ[...]δ ε..ζ"), "lost unknown, three lost, two illegible letters: "
                + gaps.xhtmlText());
        ElementRendering vacat = ElementRendering.of("grc", "<p>παίδων <space unit='character' quantity='3'/> Νικίαν</p>",
                Map.of("editorial-signs", "leiden"));
        assertTrue(vacat.xhtmlText().contains("παίδων vac. Νικίαν"), vacat.xhtmlText());
        ElementRendering plain = ElementRendering.of("grc", "<p>γ<gap reason='lost' quantity='3' unit='character'/>δ</p>");
        assertTrue(plain.xhtmlText().contains("γ[…]δ"), "a reading edition marks any gap alike: " + plain.xhtmlText());
    }

    /** EpiDoc's apparatus stands apart from the text, in its own division, each entry naming its line. */
    @Test
    void anApparatusWrittenApartIsAListOfEntriesWhereItStands() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div type='edition' xml:lang='la'><ab>Dis manibus vixit</ab></div>"
                + "<div type='apparatus'><listApp><app><note>Text edited from a photograph</note></app>"
                + "<app loc='3'><lem>vixit</lem><rdg source='#M'>vixsit</rdg><note>so Mommsen</note></app></listApp></div>"
                + "<div type='commentary'><p/></div>");
        String text = r.xhtmlText();
        assertTrue(text.contains("Text edited from a photograph"), "a note alone is its entry's text: " + text);
        assertFalse(text.contains("(Text edited"), "not a parenthesis: " + text);
        assertTrue(text.contains("3 vixit] vixsit (so Mommsen)"), "the line, lemma] reading (note): " + text);
        assertFalse(r.fo.contains("<fo:footnote>"), "no note mark stands alone on a line of its own");
        assertTrue(r.foText().contains("3 vixit] vixsit (so Mommsen)"), r.foText());
    }

    @Test
    void theDivisionsOfAnEditionAreHeadedInTheLanguageOfThePublication() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div type='edition' xml:lang='la'><ab>Dis manibus</ab></div>"
                + "<div type='translation'><p>To the shades.</p></div><div type='commentary'><p/></div>");
        assertTrue(r.xhtml.matches("(?s).*<h1[^>]* lang=\"en\"[^>]*><span class=\"tp-gen\">Edition</span></h1>.*"
                + "<h1[^>]*><span class=\"tp-gen\">Translation</span></h1>.*"), "in English, within the Latin division: " + r.xhtml);
        assertFalse(r.xhtml.contains("Commentary"), "an empty commentary division is left out: " + r.xhtml);
        assertTrue(r.foText().contains("Edition") && r.foText().contains("Translation"), r.foText());
    }

    /** An inscription as epigraphic editions print it: line by line, every fifth line numbered. */
    @Test
    void aDiplomaticEditionIsSetLineByLineWithItsLineNumbers() throws Exception {
        StringBuilder lines = new StringBuilder("<div type='edition' xml:lang='la'><ab>");
        for (int n = 0; n <= 6; n++) {
            lines.append("<lb n='").append(n).append("'/>linea").append(n).append('\n');
        }
        lines.append("</ab></div>");
        ElementRendering r = ElementRendering.of("en", lines.toString(), Map.of("line-breaks", "diplomatic"));
        assertTrue(r.xhtml.matches("(?s).*<div class=\"tp-source-line\">linea4\\s*</div>\\s*"
                + "<div class=\"tp-source-line\">linea5\\s*<span class=\"tp-line-number\">5</span>.*"), r.xhtml);
        assertFalse(r.xhtml.contains("tp-line-number\">0<"), "line 0 (lost lines above the first) is not numbered");
        assertTrue(r.foText().contains("linea5 5"), "the number stands at the end of its line: " + r.foText());

        ElementRendering running = ElementRendering.of("en", lines.toString());
        assertFalse(running.xhtml.contains("tp-source-line"), "read as running text by default");
    }
}
