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
    private static final Map<String, String> PENDING = Map.of();

    private Toolchain toolchain;

    @TempDir
    Path work;

    @BeforeAll
    void setUp() throws PublishException, IOException {
        toolchain = new Toolchain();
        Files.createDirectories(OUTCOMES.getParent());
        Files.writeString(OUTCOMES, "document\toutcome\tseconds\tfirst failure\n", StandardCharsets.UTF_8);
    }

    /**
     * Every document of the corpus, or those named in {@code -Dcorpus.documents=a,b} (file names
     * without .xml) for a run on a few: building all of them takes minutes.
     */
    static Stream<String> documents() throws IOException {
        List<String> chosen = List.of(System.getProperty("corpus.documents", "").split(",")).stream()
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> all = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            for (String name : chosen) {
                assertTrue(all.contains(name), "-Dcorpus.documents names " + name + ", which is not in " + CORPUS);
            }
            return all.stream().filter(n -> chosen.isEmpty() || chosen.contains(n));
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
     * Independently of the gate: the opening and closing words of the source's body are in the
     * PDF, the first 24 letters of its first text-bearing block and the last 24 of its last
     * (letters only: line breaks and hyphenation move spaces and hyphens, and note numbers stand
     * among the words; case folded, since a style may set capitals). Notes and apparatus
     * readings, which stand at the foot of the page, are not body text, nor are TEI examples
     * (egXML), which the outputs show as markup.
     */
    private static void assertOpeningAndClosingWordsInThePdf(Path source, Path pdfFile) throws Exception {
        Processor processor = new Processor(false);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        String shown = "[not(ancestor-or-self::tei:note)][not(ancestor-or-self::tei:rdg)]"
                + "[not(ancestor-or-self::*[namespace-uri() = 'http://www.tei-c.org/ns/Examples'])]";
        var document = processor.newDocumentBuilder().build(source.toFile());
        // Elements that stand as blocks (their parent holds no text of its own) with letters of their own.
        String elements = "//tei:body//*" + shown + "[text()[matches(., '\\p{L}')]][not(../text()[normalize-space()])]";
        String opening = letters(xpath.evaluateSingle("string-join((" + elements + ")[1]//text()" + shown + ", '')",
                document).getStringValue());
        String closing = letters(xpath.evaluateSingle("string-join((" + elements + ")[last()]//text()" + shown + ", '')",
                document).getStringValue());
        String extracted;
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            extracted = new PDFTextStripper().getText(pdf);
        }
        assertEquals(-1, extracted.indexOf('\uFFFD'), "no replacement character in the PDF text");
        String actual = letters(extracted);
        assertFalse(opening.isEmpty() || closing.isEmpty(), "the body has text");
        String first = opening.substring(0, Math.min(24, opening.length()));
        String last = closing.substring(closing.length() - Math.min(24, closing.length()));
        assertTrue(actual.contains(first), "the PDF has the opening " + first);
        assertTrue(actual.contains(last), "the PDF has the closing " + last);
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{M}]+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
