package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's headings are set in a 黑体 face and its abstract in a 楷体 face, as a Chinese
 * academic yearbook sets them: read from the fonts of the text positions on the laid-out
 * pages, against the heading and abstract text of the TEI source.
 */
class ReportTypefacesIT {
    private static final String HEADING_HAN = "NotoSansSC-Bold";
    private static final String HEADING_WESTERN = "NotoSans-Bold";
    private static final String ABSTRACT_HAN = "LXGWWenKai-Regular";
    private static final String BODY_HAN = "NotoSerifSC-Regular";
    private static final String BODY_WESTERN = "NotoSerif-Regular";

    /** Every drawn character of the PDF, in page order, by the face it is drawn in (subset tag removed). */
    private static final Map<String, StringBuilder> textByFace = new LinkedHashMap<>();
    private static XdmNode tei;
    private static XPathCompiler xpath;

    @BeforeAll
    static void read() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(
                PublishedReport.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    String name = position.getFont() == null ? "?" : position.getFont().getName();
                    String face = name.substring(name.indexOf('+') + 1);
                    textByFace.computeIfAbsent(face, f -> new StringBuilder()).append(position.getUnicode());
                }
            };
            stripper.getText(pdf);
        }
        Processor processor = new Processor(false);
        tei = processor.newDocumentBuilder().build(Path.of("source-xml", "report.xml").toFile());
        xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
    }

    @AfterAll
    static void forget() {
        textByFace.clear();
    }

    @Test
    void everySectionHeadingIsSetInTheSansFace() throws Exception {
        List<String> headings = sourceTexts("//tei:text//tei:div/tei:head");
        assertTrue(headings.size() >= 10, "the report's headings: " + headings);
        List<String> notInFace = new ArrayList<>();
        for (String heading : headings) {
            if (!han(drawnIn(HEADING_HAN)).contains(han(heading))) {
                notInFace.add(heading);
            }
        }
        assertTrue(notInFace.isEmpty(), "headings not drawn in " + HEADING_HAN + ": " + notInFace);
    }

    @Test
    void theTitleIsSetInTheSansFacesWithItsNumberInTheWesternSans() throws Exception {
        String title = sourceTexts("(//tei:titleStmt/tei:title[@type = 'main'], //tei:titleStmt/tei:title)[1]").get(0);
        assertTrue(han(drawnIn(HEADING_HAN)).contains(han(title)), title + " in " + HEADING_HAN);
        // "2023年俄罗斯…": its digits in the Western face that goes with the 黑体.
        String digits = title.replaceAll("[^0-9]", "");
        assertFalse(digits.isEmpty(), "the title has digits: " + title);
        assertTrue(drawnIn(HEADING_WESTERN).startsWith(digits), "the title's " + digits + " first in " + HEADING_WESTERN
                + ", which has: " + drawnIn(HEADING_WESTERN));
    }

    @Test
    void theAbstractIsSetInTheBrushFaceAndItsLabelsInTheSansFace() throws Exception {
        String abstractText = sourceTexts("//tei:profileDesc/tei:abstract").get(0);
        assertTrue(han(abstractText).length() > 300, "the abstract: " + abstractText);
        assertTrue(han(drawnIn(ABSTRACT_HAN)).contains(han(abstractText)), "the abstract's Han text in " + ABSTRACT_HAN);
        assertTrue(drawnIn(HEADING_HAN).contains("摘要") && drawnIn(HEADING_HAN).contains("关键词"),
                "the labels in " + HEADING_HAN + ": " + drawnIn(HEADING_HAN));
        List<String> keywords = sourceTexts("//tei:keywords/tei:term");
        keywords.forEach(term -> assertTrue(drawnIn(ABSTRACT_HAN).contains(term), term + " in " + ABSTRACT_HAN));
        // Its Western text keeps the body's Western face: "2023年" opens the abstract.
        assertTrue(abstractText.startsWith("2023"), abstractText);
        assertTrue(drawnIn(BODY_WESTERN).startsWith("2023"), BODY_WESTERN + " starts with " + drawnIn(BODY_WESTERN));
    }

    /** Only headings, the title and the labels are in the 黑体, only the abstract in the 楷体. */
    @Test
    void theBodyTextKeepsItsSerifFace() throws Exception {
        List<String> heads = sourceTexts("//tei:text//tei:div/tei:head");
        int headingHan = han(sourceTexts("(//tei:titleStmt/tei:title[@type = 'main'], //tei:titleStmt/tei:title)[1]").get(0)
                + "摘要关键词" + String.join("", heads)).length();
        // On top of that, generated text: each heading's number (一 … 六, （一） …, at most three
        // numerals) and the reference list's headings (参考文献 and its groups, four each).
        int inHeadingFace = han(drawnIn(HEADING_HAN)).length();
        assertTrue(inHeadingFace >= headingHan && inHeadingFace <= headingHan + 3 * heads.size() + 4 * 3,
                inHeadingFace + " Han characters in " + HEADING_HAN + " for " + headingHan + " of headings: "
                        + drawnIn(HEADING_HAN));
        String abstractText = sourceTexts("//tei:profileDesc/tei:abstract").get(0);
        String terms = String.join("", sourceTexts("//tei:keywords/tei:term"));
        assertEquals(han(abstractText + terms), han(drawnIn(ABSTRACT_HAN)), "the Han text in " + ABSTRACT_HAN);
        String opening = han(sourceTexts("(//tei:text//tei:p)[1]").get(0)).substring(0, 40);
        assertTrue(han(drawnIn(BODY_HAN)).contains(opening), "the first paragraph in " + BODY_HAN);
    }

    private static String drawnIn(String face) {
        return textByFace.getOrDefault(face, new StringBuilder()).toString();
    }

    private static String han(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(Scripts::isHan).forEach(han::appendCodePoint);
        return han.toString();
    }

    private static List<String> sourceTexts(String expression) throws IOException {
        try {
            List<String> texts = new ArrayList<>();
            for (XdmItem item : xpath.evaluate(expression, tei)) {
                texts.add(item.getStringValue().replaceAll("\\s+", ""));
            }
            return texts;
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            throw new IOException(e);
        }
    }
}
