package org.teipress.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teipress.core.BundledResources;

/**
 * f:reference-list on the normalised report: every cited work once, Chinese sources first,
 * then Russian, each in order of first citation and pointing back at all notes citing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceListTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String TP = "urn:tei-press:normalized";
    /** The report's 44 notes cite four works twice (read from report.xml; fn03 and fn10 differ
     *  only in a hyphen against an en dash in the title). */
    private static final Map<String, List<String>> CITED_TWICE = Map.of(
            "fn02", List.of("fn02", "fn22"), "fn03", List.of("fn03", "fn10"),
            "fn07", List.of("fn07", "fn09"), "fn18", List.of("fn18", "fn41"));

    private final Processor processor = new Processor(false);
    private final BundledResources resources = new BundledResources();
    private XdmNode normalizedReport;
    private List<XdmNode> references;

    @BeforeAll
    void buildList() throws Exception {
        Stylesheets stylesheets = new Stylesheets(processor, resources);
        XdmNode report = processor.newDocumentBuilder().build(Path.of("source-xml/report.xml").toFile());
        normalizedReport = new Normalizer(stylesheets).normalize(report);
        references = referenceList(normalizedReport);
    }

    /** Calls f:reference-list through a two-line stylesheet that imports the shipped module. */
    private List<XdmNode> referenceList(XdmNode normalized) throws Exception {
        String wrapper = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
                + " xmlns:f='urn:tei-press:functions'><xsl:import href='references.xsl'/>"
                + "<xsl:template match='/'><list><xsl:sequence select='f:reference-list(.)'/></list></xsl:template>"
                + "</xsl:stylesheet>";
        XsltCompiler compiler = processor.newXsltCompiler();
        Xslt30Transformer transformer = compiler.compile(new StreamSource(new StringReader(wrapper),
                resources.systemId("xslt/common/references.xsl").replaceFirst("references\\.xsl$", "reference-list-call.xsl")))
                .load30();
        XdmDestination result = new XdmDestination();
        transformer.applyTemplates(normalized, result);
        return select(result.getXdmNode(), "/list/tp:reference").stream().map(XdmNode.class::cast).toList();
    }

    private List<XdmItem> select(XdmNode node, String xpath) throws Exception {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", TEI);
        compiler.declareNamespace("tp", TP);
        return compiler.evaluate(xpath, node).stream().map(XdmItem.class::cast).toList();
    }

    private List<String> strings(XdmNode node, String xpath) throws Exception {
        return select(node, xpath).stream().map(XdmItem::getStringValue).toList();
    }

    @Test
    void fortyWorksForFortyFourCitations() throws Exception {
        assertEquals(44, strings(normalizedReport, "//tei:text//tei:note//tei:bibl").size());
        assertEquals(44 - CITED_TWICE.size(), references.size());
    }

    @Test
    void everyNoteCitingAWorkIsListedOnceWithIt() throws Exception {
        List<String> citing = new ArrayList<>();
        for (XdmNode reference : references) {
            List<String> notes = strings(reference, "tp:cited-by/@note");
            citing.addAll(notes);
            String first = notes.get(0);
            assertEquals(CITED_TWICE.getOrDefault(first, List.of(first)), notes, "notes citing " + first);
            assertEquals("ref-" + first, strings(reference, "@xml:id").get(0));
            assertEquals(strings(normalizedReport, "string(//tei:note[@xml:id = '" + first + "']//tei:bibl)"),
                    strings(reference, "string(tei:bibl)"), "the entry copies the first citation");
        }
        assertEquals(strings(normalizedReport, "//tei:text//tei:note[.//tei:bibl]/@xml:id").stream().sorted().toList(),
                citing.stream().sorted().toList());
    }

    @Test
    void chineseFirstThenRussianEachInOrderOfFirstCitation() throws Exception {
        List<String> langs = references.stream().map(r -> r.getAttributeValue(new net.sf.saxon.s9api.QName("lang"))).toList();
        int firstRussian = langs.indexOf("ru");
        assertTrue(firstRussian > 0, "there are Chinese sources before the Russian ones");
        assertTrue(langs.subList(0, firstRussian).stream().allMatch("zh"::equals));
        assertTrue(langs.subList(firstRussian, langs.size()).stream().allMatch("ru"::equals));
        for (int i = 0; i < references.size(); i++) {
            XdmNode bibl = (XdmNode) select(references.get(i), "tei:bibl").get(0);
            String lang = strings(bibl, "string(@xml:lang)").get(0);
            assertTrue(lang.startsWith(langs.get(i)), "bibl keeps its language " + lang);
            assertEquals(langs.get(i).equals("zh"), strings(bibl, "string(tei:title)").get(0).matches("(?s).*\\p{IsHan}.*"));
        }
        List<Integer> firstNotes = references.stream().map(r -> Integer.parseInt(
                r.getAttributeValue(new net.sf.saxon.s9api.QName("", "http://www.w3.org/XML/1998/namespace", "id"))
                        .substring("ref-fn".length()))).toList();
        assertEquals(firstNotes.subList(0, firstRussian).stream().sorted().toList(), firstNotes.subList(0, firstRussian));
        assertEquals(firstNotes.subList(firstRussian, firstNotes.size()).stream().sorted().toList(),
                firstNotes.subList(firstRussian, firstNotes.size()));
    }

    @Test
    void entriesHaveNoIdsOfTheNotes() throws Exception {
        assertEquals(List.of(), references.stream().flatMap(r -> {
            try {
                return strings(r, "tei:bibl//@xml:id").stream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList()));
    }
}
