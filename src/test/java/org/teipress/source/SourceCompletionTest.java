package org.teipress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.pipeline.Progress;
import org.teipress.validate.TeiValidator;

/**
 * Missing header parts are supplied, never refused: language from the text, identifier from the
 * content, date from the header, SOURCE_DATE_EPOCH or the fixed default; a corpus becomes one TEI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceCompletionTest {
    private static final String RUSSIAN_PLAY = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
            + "<teiHeader><fileDesc><titleStmt><title>Медведь</title></titleStmt>"
            + "<publicationStmt><publisher>DraCor</publisher>%s</publicationStmt>"
            + "<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n"
            + "<text><body><div><sp><speaker>Попова</speaker><p>Милостивая государыня, я не умею"
            + " разговаривать с дамами.</p></sp></div></body></text></TEI>\n";

    private final Processor processor = new Processor(false);
    private TeiValidator validator;

    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();
    private final Progress progress = new Progress() {
        @Override
        public void stageDone(String stage, String detail, Duration took) {
            said.add(stage + ": " + detail);
        }
    };

    @BeforeAll
    void compile() throws PublishException {
        validator = new TeiValidator(processor, new BundledResources());
    }

    @BeforeEach
    void forget() {
        said.clear();
    }

    @Test
    void suppliesLanguageIdentifierAndDateAndSaysSo() throws Exception {
        Path source = write("play.xml", String.format(RUSSIAN_PLAY, ""));
        XdmNode prepared = new SourceCompletion(processor, null).prepare(source, parse(source), progress);
        assertEquals("ru", value(prepared, "/tei:TEI/@xml:lang"));
        String identifier = value(prepared, "//tei:publicationStmt/tei:idno");
        assertTrue(identifier.matches("urn:uuid:[0-9a-f-]{36}"), identifier);
        assertEquals("2000-01-01", value(prepared, "(//tei:publicationStmt/tei:date)[1]/@when"));
        assertEquals("DraCor", value(prepared, "//tei:publicationStmt/tei:publisher"), "what was there is kept");
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("prepare: no xml:lang: main language \"ru\" detected from the text"), said.get(0));
        assertTrue(said.get(0).contains("identifier " + identifier + " derived from the content"), said.get(0));
    }

    @Test
    void theIdentifierIsStableForTheSameContent() throws Exception {
        Path one = write("one.xml", String.format(RUSSIAN_PLAY, ""));
        Path two = write("two.xml", String.format(RUSSIAN_PLAY, ""));
        Path other = write("other.xml", String.format(RUSSIAN_PLAY, "").replace("дамами", "дамой"));
        SourceCompletion completion = new SourceCompletion(processor, null);
        String first = value(completion.prepare(one, parse(one), progress), "//tei:idno");
        assertEquals(first, value(completion.prepare(two, parse(two), progress), "//tei:idno"));
        assertTrue(!first.equals(value(completion.prepare(other, parse(other), progress), "//tei:idno")));
    }

    @Test
    void theDateComesFromTheHeaderThenSourceDateEpoch() throws Exception {
        Path yearOnly = write("year.xml", String.format(RUSSIAN_PLAY, "<date>1888</date>"));
        assertEquals("1888-01-01", value(new SourceCompletion(processor, "86400")
                .prepare(yearOnly, parse(yearOnly), progress), "(//tei:publicationStmt/tei:date)[1]/@when"));
        Path none = write("none.xml", String.format(RUSSIAN_PLAY, ""));
        assertEquals("1970-01-02", value(new SourceCompletion(processor, "86400")
                .prepare(none, parse(none), progress), "(//tei:publicationStmt/tei:date)[1]/@when"));
    }

    @Test
    void aCompleteSourceIsHandedOnAsParsed() throws Exception {
        Path report = Path.of("source-xml/report.xml");
        XdmNode parsed = parse(report);
        assertSame(parsed, new SourceCompletion(processor, null).prepare(report, parsed, progress));
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void aCorpusBecomesOneTeiWithAPartPerMember() throws Exception {
        Path corpus = Path.of("src/test/resources/corpus/en-teic-corpus.xml");
        XdmNode prepared = new SourceCompletion(processor, null).prepare(corpus, parse(corpus), progress);
        assertEquals("TEI", value(prepared, "local-name(/*)"));
        assertEquals("2", value(prepared, "count(/tei:TEI/tei:text/tei:body/tei:div[@type = 'part'])"));
        assertEquals("Text 1", value(prepared, "/tei:TEI/tei:text/tei:body/tei:div[1]/tei:head"));
        assertEquals(value(parse(corpus), "normalize-space(string-join(//tei:TEI[1]/tei:text//tei:p, ' '))"),
                value(prepared, "normalize-space(string-join(/tei:TEI/tei:text/tei:body/tei:div[1]//tei:p, ' '))"),
                "the member's text is kept");
        assertTrue(said.get(0).contains("teiCorpus published as one book, a part per member (2 parts)"), said.toString());
    }

    private XdmNode parse(Path source) throws PublishException {
        return validator.validate(source, Progress.silent());
    }

    private String value(XdmNode tree, String expression) throws SaxonApiException {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        return xpath.evaluateSingle("string((" + expression + ")[1])", tree).getStringValue();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
