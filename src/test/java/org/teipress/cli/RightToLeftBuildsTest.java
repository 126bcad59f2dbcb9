package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * Text in a right-to-left language takes its base direction from its language: a Hebrew
 * paragraph starts at the right margin and ends, full stop included, on the left, in the PDF
 * (where the gate once refused it, reading the stop at the paragraph's start) and in the EPUB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightToLeftBuildsTest {
    private static final String HEBREW = "שלום עולם, זה משפט בעברית.";

    private Toolchain toolchain;

    @TempDir
    Path dir;

    @BeforeAll
    void toolchain() throws PublishException {
        toolchain = new Toolchain();
    }

    private CliRun build(String bookLanguage, String body) throws IOException {
        return CliRun.buildPublishable(() -> toolchain, dir, bookLanguage, body);
    }

    @Test
    void aHebrewParagraphInAnEnglishBookRunsFromTheRightMargin() throws IOException {
        CliRun run = build("en", "<p>First paragraph, in English, long enough to fill the measure of its line and run on"
                + " to a second one.</p>\n<p xml:lang=\"he\">" + HEBREW + "</p>");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());

        List<TextPosition> glyphs = glyphs();
        TextPosition english = first(glyphs, "F");
        TextPosition shin = first(glyphs, "ש");
        TextPosition stop = last(glyphs, ".");
        float measure = rightEdge(glyphs) - english.getXDirAdj();
        assertTrue(shin.getXDirAdj() > english.getXDirAdj() + measure / 2,
                "the Hebrew paragraph starts in the right half of the measure: " + shin.getXDirAdj());
        assertTrue(stop.getXDirAdj() < shin.getXDirAdj() && stop.getYDirAdj() == shin.getYDirAdj(),
                "its full stop ends the line on the left");
        assertTrue(epubEntries(".xhtml").contains("<p class=\"p\" lang=\"he\" xml:lang=\"he\" dir=\"rtl\">"),
                "the EPUB paragraph says its direction");
    }

    @Test
    void aHebrewBookTurnsItsPagesTheOtherWay() throws IOException {
        CliRun run = build("he", "<div><head>פרק ראשון</head>\n<p>" + HEBREW + "</p>\n"
                + "<p xml:lang=\"en\">An English paragraph, set from the left.</p></div>");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());

        String opf = epubEntries(".opf");
        assertTrue(opf.contains("page-progression-direction=\"rtl\""), opf);
        String xhtml = epubEntries(".xhtml");
        assertTrue(xhtml.contains("xml:lang=\"he\" dir=\"rtl\">"), "the book's html element is right to left");
        assertTrue(xhtml.contains("lang=\"en\" xml:lang=\"en\" dir=\"ltr\">An English"), "the English paragraph is left to right");

        List<TextPosition> glyphs = glyphs();
        TextPosition english = first(glyphs, "A");
        TextPosition headingStart = first(glyphs, "פ");
        assertTrue(headingStart.getXDirAdj() > english.getXDirAdj() + (rightEdge(glyphs) - english.getXDirAdj()) / 2,
                "the heading stands at the right margin, where the book's lines start");
    }

    private List<TextPosition> glyphs() throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/doc.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(glyph);
                }
            };
            stripper.setEndPage(1);
            stripper.getText(pdf);
        }
        return glyphs;
    }

    private static TextPosition first(List<TextPosition> glyphs, String unicode) {
        return glyphs.stream().filter(g -> unicode.equals(g.getUnicode())).findFirst().orElseThrow();
    }

    private static TextPosition last(List<TextPosition> glyphs, String unicode) {
        return glyphs.stream().filter(g -> unicode.equals(g.getUnicode())).reduce((a, b) -> b).orElseThrow();
    }

    /** The right edge of the type area, as far as the page's glyphs reach. */
    private static float rightEdge(List<TextPosition> glyphs) {
        return (float) glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
    }

    private String epubEntries(String suffix) throws IOException {
        return CliRun.epubEntries(dir.resolve("out/doc.epub"), suffix);
    }
}
