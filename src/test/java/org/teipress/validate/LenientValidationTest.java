package org.teipress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.Progress;

/**
 * The default validation publishes TEI the house schema does not describe, saying once per kind
 * what departs from it; real problems (not well-formed, not TEI, empty, hostile) still stop it;
 * strict refuses the same document with every message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LenientValidationTest {
    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
            + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>";
    /** Three <sp> and one <lg>: not in the house schema, valid TEI P5. */
    private static final String PLAY = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n" + HEADER
            + "\n<text><body><div>\n"
            + "<sp><speaker>A</speaker><p>One.</p></sp>\n"
            + "<sp><speaker>B</speaker><p>Two.</p></sp>\n"
            + "<sp><speaker>A</speaker><lg><l>Three.</l></lg></sp>\n"
            + "</div></body></text></TEI>\n";

    private TeiValidator lenient;
    private TeiValidator strict;

    @TempDir
    Path dir;

    /** What the validator told the build, one line per warning. */
    private static final class Recorded implements Progress {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void stageDone(String stage, String detail, Duration took) {
        }

        @Override
        public void warning(String stage, String message) {
            warnings.add(stage + ": " + message);
        }
    }

    @BeforeAll
    void compile() throws PublishException {
        Processor processor = new Processor(false);
        lenient = new TeiValidator(processor, new BundledResources());
        strict = lenient.in(TeiValidator.Mode.STRICT, processor);
    }

    @Test
    void lenientIsTheDefault() {
        assertEquals(TeiValidator.Mode.LENIENT, lenient.mode());
    }

    @Test
    void departuresAreWarningsListedOncePerKindWithCountAndFirstPlace() throws IOException, InvalidInputException {
        Path play = write("play.xml", PLAY);
        Recorded progress = new Recorded();
        XdmNode tree = lenient.validate(play, progress);
        assertTrue(TeiRootCheck.rootElement(tree).getLineNumber() > 0, "the tree keeps its line numbers");
        String all = String.join("\n", progress.warnings);
        assertTrue(all.contains("element <sp> is TEI but not in the house schema (3 times, first at " + play + ":5:"),
                all);
        assertTrue(all.contains("element <lg> is TEI but not in the house schema (once, first at " + play + ":7:"), all);
        assertEquals(1, progress.warnings.stream().filter(w -> w.contains("<sp>")).count(), "one line for the kind: " + all);
        assertTrue(progress.warnings.get(0).startsWith("validate: "), all);
    }

    @Test
    void anExampleCountsOnceWhateverItHolds() throws IOException, InvalidInputException {
        Path doc = write("example.xml", PLAY.replace("<p>Two.</p>", "<p>Two.</p><egXML xmlns=\"http://www.tei-c.org/ns/Examples\">"
                + "<p>an <hi>example</hi> of <gi>p</gi></p></egXML>"));
        Recorded progress = new Recorded();
        lenient.validate(doc, progress);
        String all = String.join("\n", progress.warnings);
        assertTrue(all.contains("element <egXML> from namespace http://www.tei-c.org/ns/Examples is not TEI (once"), all);
        assertTrue(!all.contains("<hi>") && !all.contains("<gi>"), "the example's content is not counted: " + all);
    }

    @Test
    void theHeaderMayHoldAnyTeiElementButNoOtherNamespace() throws IOException, InvalidInputException {
        Path doc = write("header.xml", PLAY.replace("<sourceDesc>", "<sourceDesc><listPerson><person><persName>A"
                + "</persName></person></listPerson><x:size xmlns:x=\"urn:example\">short</x:size>"));
        Recorded progress = new Recorded();
        lenient.validate(doc, progress);
        String all = String.join("\n", progress.warnings);
        assertTrue(all.contains("element <size> from namespace urn:example is not TEI (once"), all);
        assertTrue(!all.contains("<listPerson>") && !all.contains("<titleStmt>") && !all.contains("<person>"),
                "the house schema takes any TEI element in the header: " + all);
    }

    @Test
    void strictRefusesTheSameDocumentWithEveryMessage() throws IOException {
        Path play = write("play.xml", PLAY);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> strict.validate(play, new Recorded()));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("problems stop tei-press from publishing this document"), e.getMessage());
        assertTrue(e.getMessage().contains("element <sp> is valid TEI but tei-press does not support it"), e.getMessage());
    }

    @Test
    void elementsInOtherNamespacesAreWarnings() throws IOException, InvalidInputException {
        Path doc = write("ext.xml", PLAY.replace("<p>One.</p>", "<p>One <x:mark xmlns:x=\"urn:example\">here</x:mark>.</p>"));
        Recorded progress = new Recorded();
        lenient.validate(doc, progress);
        assertTrue(String.join("\n", progress.warnings).contains("element <mark> from namespace urn:example is not TEI"),
                progress.warnings.toString());
    }

    @Test
    void teiCorpusIsAcceptedLenientlyAndRefusedStrictlyAsBefore() throws IOException, InvalidInputException {
        Path corpus = write("corpus.xml", "<?xml version=\"1.0\"?>\n<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">"
                + HEADER + "\n<TEI>" + HEADER + "<text><body><p>member text</p></body></text></TEI></teiCorpus>\n");
        lenient.validate(corpus, new Recorded());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> strict.validate(corpus));
        assertTrue(e.getMessage().contains("This is not a TEI document: its root element is <teiCorpus>"), e.getMessage());
    }

    @Test
    void realProblemsStillStopALenientBuild() throws IOException {
        Path malformed = write("bad.xml", PLAY.replace("</div>", ""));
        assertTrue(assertThrows(InvalidInputException.class, () -> lenient.validate(malformed, new Recorded()))
                .getMessage().contains("not well-formed"));
        Path html = write("page.xml", "<?xml version=\"1.0\"?>\n<html><body><p>x</p></body></html>\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> lenient.validate(html, new Recorded()))
                .getMessage().contains("not a TEI document"));
        Path entity = write("entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + PLAY.substring(PLAY.indexOf("<TEI")).replace("One.", "&x;"));
        assertThrows(InvalidInputException.class, () -> lenient.validate(entity, new Recorded()));
        Path empty = write("empty.xml", PLAY.replaceAll("(?s)<div>.*</div>", "<div><p> </p></div>"));
        assertTrue(assertThrows(InvalidInputException.class, () -> lenient.validate(empty, new Recorded()))
                .getMessage().contains("empty"));
    }

    @Test
    void linksThatReadLocalFilesOrRunCodeStillStopALenientBuild() throws IOException {
        Path doc = write("links.xml", PLAY.replace("<p>Two.</p>",
                "<p>Two <ref target=\"https://example.org/ok\">fine</ref> <ref target=\"#a JavaScript:alert(1)\">x</ref>"
                + " <ptr target=\"file:///etc/passwd\"/>.</p>"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lenient.validate(doc, new Recorded()));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("The pointer \"JavaScript:alert(1)\" of <ref> (and 1 more)"), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
