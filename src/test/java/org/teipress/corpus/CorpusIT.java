package org.teipress.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;
import org.teipress.pipeline.Progress;

/**
 * Every document of the corpus of real TEI ({@code src/test/resources/corpus/}, see SOURCES.md)
 * built to PDF and EPUB through the whole pipeline, lenient as a new user would run it, with the
 * full gate (PDF/A-2u + PDF/UA-1 in veraPDF, EPUBCheck 0/0, text fidelity of both outputs), and
 * the PDF's text checked once more here against the source's opening and closing words.
 *
 * <p>Documents that wait for element rules in the stylesheets are listed in {@link #PENDING} with
 * what stops them. A pending document is asserted to still fail: when a stylesheet change makes
 * it publish, this test fails until it is taken off the list, so the list never goes stale. Each
 * run writes {@code target/corpus-outcomes.tsv}: document, outcome, seconds, first failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIT {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path OUTCOMES = Path.of("target/corpus-outcomes.tsv");

    /** Document (file name without .xml) → what it waits for. Remove an entry once it publishes. */
    private static final Map<String, String> PENDING = Map.ofEntries(
            Map.entry("en-teic-am62-msdesc", "EPUBCheck RSC-005: a list (ul) inside an inline context on the title"
                    + " page (msDesc lowered into phrase content)"),
            Map.entry("en-teic-christmas-carol", "gate text order: table cells and list labels the PDF sets"
                    + " before text the reading puts first"),
            Map.entry("en-teic-notes", "gate text: a margin note's list labels (the PDF prints •, the reading"
                    + " has none)"),
            Map.entry("en-teic-persons-places", "gate text: listPerson/listPlace items missing from the PDF"
                    + " text (person/place lowered without their content)"),
            Map.entry("en-teic-transcription", "gate text: list labels '4.' / '4b.' the PDF prints and the"
                    + " reading lacks"),
            Map.entry("la-perseus-cicero-pro-tullio", "gate text order: apparatus notes (app/lem inside note)"
                    + " set before their reference text"));

    private Toolchain toolchain;

    @TempDir
    Path work;

    @BeforeAll
    void setUp() throws PublishException, IOException {
        toolchain = new Toolchain();
        Files.createDirectories(OUTCOMES.getParent());
        Files.writeString(OUTCOMES, "document\toutcome\tseconds\tfirst failure\n", StandardCharsets.UTF_8);
    }

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    /** What the build said, to give the first failure or warning in the outcome. */
    private static final class Heard implements Progress {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void stageDone(String stage, String detail, Duration took) {
        }

        @Override
        public void warning(String stage, String message) {
            warnings.add(stage + ": " + message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void publishesToPdfAndEpubThroughTheGate(String name) throws Exception {
        Path source = CORPUS.resolve(name + ".xml");
        Path out = work.resolve(name);
        long start = System.nanoTime();
        String failure = null;
        try {
            toolchain.allowFolders(source, out);
            toolchain.pipeline(new Heard()).build(source, out, toolchain.formats(Toolchain.Selection.all()));
        } catch (PublishException e) {
            failure = e.getMessage().lines().findFirst().orElse("");
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        Files.writeString(OUTCOMES, name + "\t" + (failure == null ? "published" : "fails") + "\t" + seconds + "\t"
                + (failure == null ? "" : failure.replace('\t', ' ')) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        if (PENDING.containsKey(name)) {
            assertFalse(failure == null, name + " publishes now: take it off CorpusIT.PENDING (it waited for "
                    + PENDING.get(name) + ")");
            return;
        }
        if (failure != null) {
            fail(name + " does not publish: " + failure);
        }
        assertTrue(Files.isRegularFile(out.resolve(name + ".epub")), "the EPUB is written");
        assertTrue(Files.isRegularFile(out.resolve("report.validation.json")), "the gate's report is written");
        assertOpeningAndClosingWordsInThePdf(source, out.resolve(name + ".pdf"));
    }

    /**
     * Independently of the gate: the first and last 24 letters of the source's body text (all
     * whitespace and hyphens removed, since line breaks and hyphenation move them) are in the PDF;
     * notes and apparatus readings, which stand at the foot of the page, are not body text.
     */
    private static void assertOpeningAndClosingWordsInThePdf(Path source, Path pdfFile) throws Exception {
        Processor processor = new Processor(false);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        // Readings of an apparatus (rdg) are set in its own note series, not in the running text.
        String body = xpath.evaluateSingle("string-join(//tei:body//text()[not(ancestor::tei:note)][not(ancestor::tei:rdg)]"
                + "[not(ancestor::*[namespace-uri() = 'http://www.tei-c.org/ns/Examples'])], '')",
                processor.newDocumentBuilder().build(source.toFile())).getStringValue();
        // Where the source shows its examples (egXML) beside what they render, as the TEI
        // Consortium's rendition tests do in table cells, the PDF sets the example's markup
        // (element names and all) between the words: only the gate's own text check, which
        // reads the examples as the reader sees them, can follow that order.
        boolean showsExamples = xpath.evaluateSingle("exists(//tei:body//*[namespace-uri() = 'http://www.tei-c.org/ns/Examples'])",
                processor.newDocumentBuilder().build(source.toFile())).getStringValue().equals("true");
        if (showsExamples) {
            return;
        }
        String expected = letters(body);
        String actual;
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            actual = letters(new PDFTextStripper().getText(pdf));
        }
        int n = Math.min(24, expected.length());
        assertTrue(actual.contains(expected.substring(0, n)), "the PDF has the opening " + expected.substring(0, n));
        assertTrue(actual.contains(expected.substring(expected.length() - n)),
                "the PDF has the closing " + expected.substring(expected.length() - n));
        assertEquals(-1, actual.indexOf('\uFFFD'), "no replacement character in the PDF text");
    }

    private static String letters(String text) {
        return text.replaceAll("[\\s\\u00AD\\u2010\\-]+", "");
    }
}
