package org.teipress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.pipeline.InvalidInputException;

/**
 * Valid XML that would fail only inside a stylesheet, FOP or the gate is refused at validation with
 * its line and column, whether validation is strict or lenient; text merely written in another
 * Unicode form is published in NFC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentScreenTest {
    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
            + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>";

    private TeiValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    void compileSchemas() throws PublishException {
        validator = new TeiValidator(new Processor(false), new BundledResources());
    }

    /** Line 4 of the file is {@code line4}; the paragraphs before it make the document publishable. */
    private Path source(String line4) throws IOException {
        return source("1.0", line4, StandardCharsets.UTF_8);
    }

    private Path source(String version, String line4, Charset bytes) throws IOException {
        String tei = "<?xml version=\"" + version + "\" encoding=\"UTF-8\"?>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER + "\n<text><body><p>First paragraph.</p>\n"
                + line4 + "\n</body></text></TEI>\n";
        return Files.write(dir.resolve("doc.xml"), tei.getBytes(bytes));
    }

    private InvalidInputException refused(Path source) {
        return assertThrows(InvalidInputException.class, () -> validator.validate(source));
    }

    private static void assertAt(InvalidInputException e, int line, int column, String... phrases) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.located());
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "says '" + phrase + "': " + e.getMessage());
        }
    }

    @Test
    void c1ControlCharactersAreRefusedWhereTheyStand() throws IOException {
        InvalidInputException e = refused(source("<p>Next\u0085line and \u009f.</p>"));
        assertAt(e, 4, 8, "U+0085", "control character", "Remove it");
    }

    @Test
    void anXml11ControlCharacterReferenceIsRefused() throws IOException {
        InvalidInputException e = refused(source("1.1", "<p>one &#1; two</p>", StandardCharsets.UTF_8));
        assertEquals(4, e.line(), e.located());
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
    }

    @Test
    void bidiOverridesAreRefused() throws IOException {
        InvalidInputException e = refused(source("<p>ab \u202Ecd\u202C ef</p>"));
        assertAt(e, 4, 7, "U+202E", "override", "reversed", "U+200F");
    }

    @Test
    void bidiIsolatesAreRefused() throws IOException {
        InvalidInputException e = refused(source("<p>ab \u2067cd\u2069 ef</p>"));
        assertAt(e, 4, 7, "U+2067", "isolate", "U+200E");
    }

    @Test
    void joinersAndDirectionalMarksArePublishedAsWritten() throws IOException, InvalidInputException {
        String text = "\u05E9\u05DC\u05D5\u05DD\u200F, a\u200Db c\u200Cd \u200Eend";
        XdmNode tree = validator.validate(source("<p>" + text + "</p>"));
        assertTrue(tree.getStringValue().contains(text), tree.getStringValue());
    }

    @Test
    void aNoteInsideANoteIsRefusedAtTheInnerNote() throws IOException {
        InvalidInputException e = refused(source("<p>a<note place=\"foot\">outer\n  <note place=\"foot\">inner</note></note></p>"));
        assertAt(e, 5, 22, "<note> inside the <note> of line 4");
    }

    @Test
    void theCharacterIsLocatedOnItsOwnLineInsideAMultiLineParagraph() throws IOException {
        InvalidInputException e = refused(source("<p>first line\nsecond \u0085 line\nthird line</p>"));
        assertAt(e, 5, 8, "U+0085");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedAtTheElementThatCrossesIt() throws IOException {
        int depth = 1000;
        InvalidInputException e = refused(source("<p>" + "<hi rend=\"italic\">".repeat(depth) + "deep"
                + "</hi>".repeat(depth) + "</p>"));
        assertEquals(4, e.line(), e.located());
        assertTrue(e.getMessage().contains("nested " + (ContentScreen.MAX_DEPTH + 1) + " elements deep"), e.getMessage());
        assertTrue(e.getMessage().contains("<hi>"), e.getMessage());
    }

    @Test
    void aTargetThatIsNoUriIsRefused() throws IOException {
        InvalidInputException e = refused(source("<p>See <ref target=\"https://example.org/&quot;&gt;x\">it</ref>.</p>"));
        assertEquals(4, e.line(), e.located());
        assertTrue(e.getMessage().contains("not a URI reference") && e.getMessage().contains("target of <ref>"),
                e.getMessage());
    }

    @Test
    void severalTargetsSeparatedBySpacesAreValid() throws IOException, InvalidInputException {
        validator.validate(source("<p xml:id=\"d1\">See <ref target=\"https://example.org/ #d1\">two</ref>.</p>"));
    }

    @Test
    void decomposedAccentsArePublishedPrecomposed() throws IOException, InvalidInputException {
        XdmNode tree = validator.validate(source("<p>Cafe\u0301 au lait.</p>"));
        String text = tree.getStringValue();
        assertTrue(text.contains("Caf\u00e9 au lait."), text);
        assertFalse(text.contains("\u0301"), text);
    }

    @Test
    void gbkBytesDeclaredAsUtf8AreCalledAnEncodingProblem() throws IOException {
        InvalidInputException e = refused(source("1.0", "<p>中文段落，编码错误。</p>", Charset.forName("GBK")));
        assertTrue(e.getMessage().contains("not in the encoding it declares"), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(4, e.line(), e.located());
    }

    @Test
    void aWrongTeiNamespaceIsNamedNotMistakenForAMissingOne() throws IOException {
        Path file = Files.writeString(dir.resolve("ns.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/2.0\">" + HEADER
                + "<text><body><p>x</p></body></text></TEI>");
        InvalidInputException e = refused(file);
        assertTrue(e.getMessage().contains("Change xmlns=\"http://www.tei-c.org/ns/2.0\" to xmlns=\"http://www.tei-c.org/ns/1.0\""),
                e.getMessage());
        assertFalse(e.getMessage().contains("Add xmlns"), e.getMessage());
    }
}
