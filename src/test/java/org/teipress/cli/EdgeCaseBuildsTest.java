package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * Valid TEI that once ended in the wrong place because of what the stylesheets did with it (issue
 * 15): each publishes through the whole gate, or is refused at validation with a located message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeCaseBuildsTest {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    /**
     * A manuscript catalogue record keeps its description in the header (sourceDesc/msDesc) and
     * leaves the body empty, as the Bodleian's medieval-mss files do: the description is published
     * as the text. A body that is empty without such a description is still refused.
     */
    private static final String RECORD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>MS. Test 7</title></titleStmt>
                  <publicationStmt>
                    <idno type="URI">urn:uuid:5b0f1d9e-1c3a-4c55-9d43-2a7e0c1f0b77</idno>
                    <date when="2026-01-01">2026</date>
                  </publicationStmt>
                  <sourceDesc>
                    <msDesc xml:id="MS_Test_7" xml:lang="en">
                      <msIdentifier>
                        <settlement>Oxford</settlement>
                        <repository>Test Library</repository>
                        <idno type="shelfmark">MS. Test 7</idno>
                      </msIdentifier>
                      <msContents>
                        <msItem n="1">
                          <locus from="1r" to="40v"/>
                          <title>Vita sancti exempli</title>
                          <incipit xml:lang="la">Incipit vita beati exempli confessoris </incipit>
                          <note>Copied for the house.</note>
                          <textLang mainLang="la">Latin</textLang>
                        </msItem>
                      </msContents>
                      <physDesc>
                        <objectDesc form="codex">
                          <supportDesc material="perg"><support>parchment</support>
                            <extent>40 fols.<dimensions unit="mm"><height>220</height><width>150</width></dimensions></extent>
                          </supportDesc>
                        </objectDesc>
                      </physDesc>
                      <history>
                        <origin><origDate when="1449">1449</origDate>, <origPlace>Avignon</origPlace></origin>
                        <provenance>Given to the library by a reader in 1869.</provenance>
                      </history>
                    </msDesc>
                  </sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
                  <p/>
                </body>
              </text>
            </TEI>
            """;

    private Toolchain toolchain;

    @TempDir
    Path dir;

    @BeforeAll
    void toolchain() throws PublishException {
        toolchain = new Toolchain();
    }

    private CliRun build(String body) throws IOException {
        return CliRun.buildPublishable(() -> toolchain, dir, "en", body);
    }

    private static void assertPublishedOrLocated(CliRun run) {
        assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.INVALID_INPUT, run.toString());
        if (run.exit() == ExitCodes.INVALID_INPUT) {
            assertTrue(run.err().matches("(?s).*doc\\.xml:\\d+:\\d+: .*"), "located: " + run);
        }
        assertFalse(run.err().contains("xsl") || run.err().contains("fo:"), "no stylesheet or FO internals: " + run);
    }

    private String pdfText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/doc.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The text of the EPUB's content documents and style sheets, each entry after the other. */
    private String epubEntries(String suffix) throws IOException {
        return CliRun.epubEntries(dir.resolve("out/doc.epub"), suffix);
    }

    /**
     * Text as the reader sees it, with what the layout added taken out: line breaks, hyphens at
     * line ends, break opportunities, and the page numbers and running heads (the title, "Test")
     * of the pages the text runs over.
     */
    private static String unbroken(String text) {
        return text.replaceAll("(?m)^(\\d+|Test)$", "").replaceAll("[-\u2010]\\R", "")
                .replaceAll("[\\s\u200B]", "").replace("<wbr/>", "");
    }

    @Test
    void aNoteWithoutPlace() throws IOException {
        assertPublishedOrLocated(build("<p>First.</p>\n<p>A<note xml:id=\"n1\">plain note</note> b.</p>"));
    }

    @Test
    void aLineBreakInsideAFootnote() throws IOException {
        assertPublishedOrLocated(build("<p>First.</p>\n<p>A<note xml:id=\"n1\" place=\"foot\">one<lb/>two</note> b.</p>"));
    }

    @Test
    void aLineBreakInsideInlineMarkupInAFootnote() throws IOException {
        assertPublishedOrLocated(build("<p>First.</p>\n<p>A<note xml:id=\"n1\" place=\"foot\"><hi rend=\"italic\">one"
                + "<lb/>two</hi></note> b.</p>"));
    }

    @Test
    void aNoteInsideANoteIsRefusedWhereItStands() throws IOException {
        CliRun run = build("<p>First.</p>\n<p>A<note xml:id=\"n1\" place=\"foot\">outer\n"
                + "<note xml:id=\"n2\" place=\"foot\">inner</note></note> b.</p>");
        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(run.err().contains("doc.xml:7:"), "at the inner note's line: " + run);
        assertTrue(run.err().contains("inside the <note> of line 6"), run.toString());
        assertPublishedOrLocated(run);
    }

    @Test
    void twoHundredNotesInOneParagraph() throws IOException {
        StringBuilder notes = new StringBuilder("<p>First.</p>\n<p>");
        for (int i = 1; i <= 200; i++) {
            notes.append("word").append(i).append("<note xml:id=\"n").append(i).append("\" place=\"foot\">note ")
                    .append(i).append("</note> ");
        }
        assertEquals(ExitCodes.OK, build(notes.append("</p>").toString()).exit());
    }

    @Test
    void anUnbreakableRunLongerThanTheLineIsBrokenNotClipped() throws IOException {
        String run = "http" + "x".repeat(5000);
        CliRun build = build("<p>First.</p>\n<p>" + run + " and the end.</p>");
        assertEquals(ExitCodes.OK, build.exit(), "the gate finds every character inside the page: " + build);
        String pdf = pdfText();
        assertTrue(unbroken(pdf).contains(run + "andtheend."), "the whole run, in order, in the PDF");
        assertTrue(pdf.lines().filter(line -> line.contains("xxx")).count() > 50, "set on many lines");
        assertTrue(unbroken(epubEntries(".xhtml")).contains(run + "andtheend."), "the whole run in the EPUB");
        assertTrue(epubEntries(".css").matches("(?s).*body \\{[^}]*overflow-wrap: anywhere;.*"),
                "the EPUB's body text breaks a word that does not fit anywhere");
    }

    @Test
    void aPointerToATargetLongerThanTheLineIsBrokenNotClipped() throws IOException {
        String target = "https://example.org/" + "y".repeat(5000);
        CliRun build = build("<p>First.</p>\n<p>See <ptr target=\"" + target + "\"/> and the end.</p>");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        assertTrue(unbroken(pdfText()).contains("See" + target + "andtheend."), "the whole URL in the PDF");
    }

    @Test
    void aUrlWrittenAsTextBreaksAtItsUrlBreakPointsFirst() throws IOException {
        String url = "https://doi.org/10.1000/" + "abcdefghij".repeat(2) + "/" + "klmnopqrst".repeat(2) + "/end";
        CliRun build = build("<p>First.</p>\n<p>Cited from " + url + " and more.</p>");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        assertTrue(epubEntries(".xhtml").contains("https://<wbr/>doi<wbr/>.org/<wbr/>10<wbr/>.1000/<wbr/>"),
                "Chicago break points, as a ptr gets them");
    }

    @Test
    void aFortyThousandCharacterWordInANotePublishes() throws IOException {
        String word = "z".repeat(40_000);
        CliRun build = build("<p>First.</p>\n<p>Body<note place=\"foot\">\nA note: " + word + " end.</note> text.</p>");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        assertTrue(unbroken(pdfText()).contains("Anote:" + word + "end."), "the whole word in the PDF");
    }

    @Test
    void aHebrewSentenceWithARightToLeftMarkPublishes() throws IOException {
        CliRun build = build("<p>First.</p>\n<p xml:lang=\"he\">שלום עולם" + RLM + ", זה משפט בעברית</p>");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        String pdf = pdfText();
        assertTrue(pdf.contains("בעברית"), pdf);
        assertFalse(pdf.contains(RLM), "the mark steers the order and is not drawn: " + pdf);
        assertTrue(epubEntries(".xhtml").contains("עולם" + RLM + ","), "the EPUB keeps the mark for the reading system");
    }

    @Test
    void aMixedLatinAndHebrewParagraphWithMarksAndJoinersPublishes() throws IOException {
        CliRun build = build("<p>First.</p>\n<p>The word <foreign xml:lang=\"he\">ספר</foreign> means book; mixed:"
                + " Hebrew " + RLM + "שלום" + LRM + " and Latin text, 2026, with a\u200Db and c\u200Cd joined.</p>");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        String pdf = pdfText();
        assertTrue(unbroken(pdf).contains("meansbook;mixed:Hebrew") && unbroken(pdf).contains("withabandcdjoined."), pdf);
        assertFalse(pdf.matches("(?s).*[\u200C-\u200F].*"), "no joiner or mark is drawn in the PDF: " + pdf);
    }

    @Test
    void aPointerWithSeveralTargetsBecomesSeveralLinks() throws IOException {
        CliRun run = build("<p xml:id=\"sec1\">First.</p>\n<p>See <ref target=\"https://example.org/ #sec1\">both</ref>.</p>");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
    }

    @Test
    void theHeadersManuscriptDescriptionIsPublishedAsTheText() throws IOException {
        Path source = CliRun.write(dir.resolve("record.xml"), RECORD);
        CliRun run = CliRun.run(() -> toolchain, "build", source.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        // The notice of what is rendered generically names the parts no rule has, and only those.
        assertTrue(run.err().contains("rendered generically: tei:provenance ×1"), run.err());
        for (String ruled : new String[] {"msDesc", "msIdentifier", "msContents", "msItem", "incipit", "locus",
                "physDesc", "history", "dimensions", "height"}) {
            assertFalse(run.err().contains("rendered generically: tei:" + ruled + " "), ruled + ": " + run.err());
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(dir.resolve("out/record.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String epub = CliRun.epubEntries(dir.resolve("out/record.epub"), ".xhtml").replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
        // A record: the identifier in one line, the sections headed, an item of contents one
        // labelled paragraph, the measures as one.
        for (String shown : new String[] {"Oxford, Test Library, MS. Test 7", "Contents",
                "fols. 1r–40v. Vita sancti exempli. Inc. Incipit vita beati exempli confessoris. Latin.",
                "Copied for the house.",
                "Physical description", "parchment", "40 fols. 220 × 150 mm",
                "History", "Avignon", "Given to the library by a reader in 1869."}) {
            assertTrue(pdf.contains(shown), "PDF shows \"" + shown + "\": " + pdf);
            assertTrue(epub.contains(shown), "EPUB shows \"" + shown + "\"");
        }
    }

    @Test
    void anEmptyBodyWithoutADescriptionIsStillRefused() throws IOException {
        Path source = CliRun.write(dir.resolve("blank.xml"), RECORD.replaceAll("(?s)<msDesc.*</msDesc>", "<p>s</p>"));
        CliRun run = CliRun.run(() -> toolchain, "build", source.toString(), "--out", dir.resolve("blank").toString(), "-q");
        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(run.err().contains("The document is empty"), run.err());
    }
}
