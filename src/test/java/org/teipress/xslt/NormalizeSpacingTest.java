package org.teipress.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * The normalising pass marks where a quarter-em space goes between Han and Western text and
 * which full-width punctuation is compressed, judging each run by its neighbours in the text
 * flow of its block (across inline elements, never across a block or a note mark).
 */
class NormalizeSpacingTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String TP = "urn:tei-press:normalized";
    private static final net.sf.saxon.s9api.QName SQUEEZE = new net.sf.saxon.s9api.QName("squeeze");

    private final Processor processor = new Processor(false);
    private final Normalizer normalizer = new Normalizer(new Stylesheets(processor, new BundledResources()));

    private XdmNode normalize(String bodyXml) throws SaxonApiException, PublishException {
        String tei = "<TEI xmlns='" + TEI + "' xml:lang='zh-Hans'><text><body>" + bodyXml + "</body></text></TEI>";
        XdmNode source = processor.newDocumentBuilder().build(new StreamSource(new StringReader(tei)));
        return normalizer.normalize(source);
    }

    private List<XdmItem> select(XdmNode node, String xpath) throws SaxonApiException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", TEI);
        compiler.declareNamespace("tp", TP);
        return compiler.evaluate(xpath, node).stream().map(XdmItem.class::cast).toList();
    }

    private XdmNode onlyRun(XdmNode doc, String text) throws SaxonApiException {
        List<XdmItem> runs = select(doc, "//tp:run[@script = 'latn'][. = '" + text + "']");
        assertEquals(1, runs.size(), "one Western run '" + text + "'");
        return (XdmNode) runs.get(0);
    }

    private static String attribute(XdmNode element, String localName) {
        return element.getAttributeValue(new net.sf.saxon.s9api.QName(TP, localName));
    }

    @Test
    void yearBeforeHanGetsSpaceAfterOnlyAtParagraphStart() throws Exception {
        XdmNode run = onlyRun(normalize("<p>2023年俄罗斯</p>"), "2023");
        assertEquals("quarter", attribute(run, "space-after"));
        assertEquals(null, attribute(run, "space-before"), "a paragraph start has nothing to space from");
    }

    @Test
    void runBetweenHanIsSpacedOnBothSides() throws Exception {
        XdmNode run = onlyRun(normalize("<p>占全球GDP1/4以上</p>"), "GDP1/4");
        assertEquals("quarter", attribute(run, "space-before"));
        assertEquals("quarter", attribute(run, "space-after"));
    }

    @Test
    void runInsideBracketsGetsNoSpace() throws Exception {
        XdmNode run = onlyRun(normalize("<p>环球银行金融电信协会（SWIFT）系统</p>"), "SWIFT");
        assertEquals(null, attribute(run, "space-before"));
        assertEquals(null, attribute(run, "space-after"));
    }

    @Test
    void neighboursAreFoundAcrossInlineElements() throws Exception {
        XdmNode doc = normalize("<p>在<hi>2023</hi>年<title>至2030年战略</title></p>");
        XdmNode year = onlyRun(doc, "2023");
        assertEquals("quarter", attribute(year, "space-before"), "在 precedes the hi element");
        assertEquals("quarter", attribute(year, "space-after"), "年 follows the hi element");
        XdmNode inTitle = onlyRun(doc, "2030");
        assertEquals("quarter", attribute(inTitle, "space-before"));
    }

    @Test
    void titleBracketsAndNoteMarksAreNotHan() throws Exception {
        XdmNode doc = normalize("<p>见<title>2030年战略</title>和数据<note place='foot'>注</note>2024年</p>");
        assertEquals(null, attribute(onlyRun(doc, "2030"), "space-before"), "the generated 《 stands before it");
        assertEquals(null, attribute(onlyRun(doc, "2024"), "space-before"), "a note mark stands before it");
    }

    @Test
    void blocksEndTheFlow() throws Exception {
        XdmNode doc = normalize("<div><head>总结</head><p>2023年</p></div>");
        assertEquals(null, attribute(onlyRun(doc, "2023"), "space-before"), "the head is another block");
    }

    @Test
    void fullStopBeforeClosingQuoteIsSqueezed() throws Exception {
        XdmNode doc = normalize("<p>他说：“计划。”然后</p>");
        List<XdmItem> squeezed = select(doc, "//tp:punct");
        assertEquals(List.of("“:start", "。:end"),
                squeezed.stream().map(p -> p.getStringValue() + ":" + ((XdmNode) p).getAttributeValue(SQUEEZE)).toList(),
                "：“ loses the opening half, 。” the first mark's end half");
        assertEquals("他说：“计划。”然后", select(doc, "string(//tei:p)").get(0).getStringValue(),
                "the marks are wrapped, never changed or lost");
    }

    @Test
    void consecutiveOpeningMarksSqueezeTheSecondAndClosingTheFirst() throws Exception {
        XdmNode doc = normalize("<p>见（《宪章》），又</p>");
        List<String> squeezed = select(doc, "//tp:punct").stream()
                .map(p -> p.getStringValue() + ":" + ((XdmNode) p).getAttributeValue(SQUEEZE)).toList();
        assertEquals(List.of("《:start", "》:end", "）:end"), squeezed);
    }

    @Test
    void singleMarksAndCentredMarksAreLeftAlone() throws Exception {
        XdmNode doc = normalize("<p>好，对。真的？！是·否</p>");
        assertTrue(select(doc, "//tp:punct").isEmpty());
    }

    @Test
    void generatedTitleBracketsAreSqueezedOnTheTitle() throws Exception {
        XdmNode doc = normalize("<p>提出的“<title>战略</title>”。</p>");
        XdmNode title = (XdmNode) select(doc, "//tei:title").get(0);
        assertEquals("start", attribute(title, "open-squeeze"), "“《");
        assertEquals("end", attribute(title, "close-squeeze"), "》”");
        assertEquals("end", ((XdmNode) select(doc, "//tp:punct").get(0)).getAttributeValue(SQUEEZE), "”。");
    }

    @Test
    void hiddenCorrectionsDoNotBreakTheFlow() throws Exception {
        XdmNode doc = normalize("<p>资源<choice><sic>and</sic><corr>和</corr></choice>A股</p>");
        assertEquals("quarter", attribute(onlyRun(doc, "A"), "space-before"), "和 is shown, and is not");
    }

    @Test
    void theReportGetsSpacesOnlyNextToHan() throws Exception {
        XdmNode report = processor.newDocumentBuilder().build(Path.of("source-xml/report.xml").toFile());
        XdmNode doc = normalizer.normalize(report);
        List<XdmItem> spaced = select(doc, "//tei:text//tp:run[@tp:space-before or @tp:space-after]");
        assertFalse(spaced.isEmpty());
        List<XdmItem> swift = select(doc, "//tei:text//tp:run[. = 'SWIFT']");
        assertEquals(1, swift.size());
        assertEquals(null, attribute((XdmNode) swift.get(0), "space-before"));
        assertEquals(null, attribute((XdmNode) swift.get(0), "space-after"));
        // Every promised space is next to a Han ideograph in the report's own text.
        for (XdmItem item : spaced) {
            XdmNode run = (XdmNode) item;
            String block = select(run, "string(ancestor::*[self::tei:p or self::tei:head or self::tei:note"
                    + " or self::tei:item or self::tei:titlePart][1])").get(0).getStringValue();
            String text = Pattern.quote(run.getStringValue());
            if (attribute(run, "space-after") != null) {
                assertTrue(Pattern.compile(text + "\\p{IsHan}").matcher(block).find(), "Han after " + text);
            }
            if (attribute(run, "space-before") != null) {
                assertTrue(Pattern.compile("\\p{IsHan}" + text).matcher(block).find(), "Han before " + text);
            }
        }
        // The only text it changes: spaces that must not break a line become U+00A0 (locale rules).
        assertEquals(select(report, "string(/)").get(0).getStringValue().replaceAll("[\\s\\u00A0]+", " "),
                select(doc, "string(/)").get(0).getStringValue().replaceAll("[\\s\\u00A0]+", " "),
                "normalising adds marks, never text");
    }
}
