package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verse (lg/l with line numbers) and drama (sp, speaker, stage, castList) in both outputs. */
class VerseAndDramaTest {

    @Test
    void stanzasAreBlocksOfLinesNumberedEveryFifth() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<div><head>Song</head><lg>"
                + "<l n='4'>The first line of verse</l><l n='5'>The second line of verse</l></lg>"
                + "<lg><l n='6'>A line of the next stanza</l></lg></div>");
        assertTrue(r.xhtml.contains("class=\"tp-stanza\""), r.xhtml);
        assertTrue(r.xhtml.matches("(?s).*The second line of verse<span class=\"tp-line-number\">5</span>.*"), r.xhtml);
        assertFalse(r.xhtml.contains("tp-line-number\">4<"), "only every fifth line is numbered");
        assertTrue(r.foText().contains("The first line of verse The second line of verse 5 A line of the next stanza"),
                r.foText());
        assertTrue(r.fo.contains("text-align-last=\"justify\""), "the number is pushed to the right margin");
    }

    @Test
    void indentedLinesAreIndentedAsPerseusAndCssMarkThem() throws Exception {
        ElementRendering r = ElementRendering.of("la", "<lg><l>hexameter</l><l rend='align(indent)'>pentameter</l>"
                + "<l rend='indent'>second</l><l rend='indent(2)'>deeper</l><l style='text-indent: 3em'>styled</l>"
                + "<l rend='italic'>plain</l></lg>");
        assertTrue(r.xhtml.contains("style=\"padding-left: 2em\">pentameter<"), r.xhtml);
        assertTrue(r.xhtml.contains("style=\"padding-left: 2em\">second<"), r.xhtml);
        assertTrue(r.xhtml.contains("style=\"padding-left: 4em\">deeper<"), r.xhtml);
        assertTrue(r.xhtml.contains("padding-left: 3em\">styled<"), r.xhtml);
        assertTrue(r.xhtml.matches("(?s).*<div class=\"tp-verse-line[^\"]*\">hexameter<.*"), "an unmarked line is not indented: " + r.xhtml);
        assertTrue(r.fo.matches("(?s).*start-indent=\"from-parent\\(start-indent\\) \\+ 2em\"[^>]*>pentameter<.*"), r.fo);
        assertTrue(r.fo.matches("(?s).*start-indent=\"from-parent\\(start-indent\\) \\+ 4em\"[^>]*>deeper<.*"), r.fo);
        assertFalse(r.fo.matches("(?s).*from-parent[^>]*>plain<.*"), "rend without an indent does not indent");
    }

    @Test
    void aLineBreakInsideVerseBreaksTheLine() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<lg><l>half of it<lb/>the other half</l></lg>");
        assertTrue(r.xhtml.contains("half of it<br/>the other half") || r.xhtml.contains("half of it<br />the other half"), r.xhtml);
    }

    @Test
    void speechesShowTheSpeakerBeforeTheirLinesAndStageDirectionsInItalic() throws Exception {
        ElementRendering r = ElementRendering.of("ru", "<div><head>Явление I</head>"
                + "<castList><head>Действующие лица</head><castItem><role>Попова</role>, <roleDesc>вдовушка</roleDesc></castItem></castList>"
                + "<stage>Гостиная в усадьбе</stage>"
                + "<sp><speaker>Попова</speaker><p>Я дала слово <stage>(смотрит на портрет)</stage> никогда не снимать траура</p></sp></div>");
        String text = r.xhtmlText();
        assertTrue(text.indexOf("Действующие лица") < text.indexOf("Попова, вдовушка"), text);
        assertTrue(text.indexOf("Гостиная в усадьбе") < text.indexOf("Попова Я дала слово (смотрит на портрет) никогда"), text);
        assertTrue(r.xhtml.contains("<div class=\"tp-speaker\">Попова</div>"), r.xhtml);
        assertTrue(r.xhtml.contains("<span class=\"tp-stage\">(смотрит на портрет)</span>"), "a direction inside a speech runs in the line");
        assertTrue(r.xhtml.contains("<div class=\"tp-stage\">Гостиная в усадьбе</div>"));
        assertTrue(r.fo.matches("(?s).*<fo:block role=\"P\"[^>]*font-weight=\"bold\"[^>]*>Попова</fo:block>.*"), r.fo);
        assertTrue(r.fo.contains("font-style=\"italic\">(смотрит на портрет)</fo:inline>"), r.fo);
    }
}
