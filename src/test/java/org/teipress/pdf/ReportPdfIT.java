package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.typography.PublishedReport;

/** Opens the report the build published into dist/ and checks it against its TEI source. */
class ReportPdfIT {
    private static PDDocument pdf;
    private static PdfFacts facts;
    private static TeiFacts expected;

    @BeforeAll
    static void open() throws Exception {
        Path dist = PublishedReport.dist();
        Path report = dist.resolve("report.pdf");
        assertTrue(Files.isRegularFile(report), report + " was not written by the build");
        pdf = Loader.loadPDF(report.toFile());
        facts = new PdfFacts(pdf);
        expected = new TeiFacts(new Processor(false), Path.of("source-xml/report.xml"));
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void hasSeveralPages() {
        assertTrue(pdf.getNumberOfPages() > 1, "pages: " + pdf.getNumberOfPages());
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws Exception {
        for (PdfFacts.UsedFont font : facts.fonts()) {
            assertTrue(font.embedded(), font + " is not embedded");
            assertTrue(font.subset(), font + " is not a subset");
        }
    }

    @Test
    void outlineEqualsTheHeadingsWithTheirNumbersThenTheReferenceList() throws Exception {
        List<PdfFacts.Bookmark> outline = facts.outline().stream()
                .map(b -> new PdfFacts.Bookmark(b.depth(), TeiFacts.withoutSpaces(b.title()))).toList();
        assertEquals(expected.outline(), outline);
    }

    @Test
    void everyPointerIsALinkAnnotation() throws Exception {
        // A URL broken across lines has one link annotation per line; a URL cited twice, two.
        assertEquals(new LinkedHashSet<>(expected.pointerTargets()), new LinkedHashSet<>(facts.uriLinks()));
    }

    @Test
    void languageAndTitleMatchTheHeader() throws Exception {
        assertEquals("zh-Hans", expected.language());
        assertEquals(expected.language(), facts.language());
        assertEquals(expected.title(), facts.title());
        assertTrue(facts.structureLanguages().contains("ru"), "Russian notes are not tagged /Lang ru");
    }

    /** Chinese line breaking: the rules of GB/T 15834 and JIS X 4051 that FOP must keep. */
    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws Exception {
        List<String> lines = facts.lines(8f);
        assertTrue(lines.size() > 200, "lines found: " + lines.size());
        for (String line : lines) {
            assertTrue("，。、；：？！）》”’".indexOf(line.charAt(0)) < 0, "line starts with closing punctuation: " + line);
            assertTrue("（《“‘".indexOf(line.charAt(line.length() - 1)) < 0, "line ends with opening punctuation: " + line);
        }
    }

    @Test
    void everyFootnoteIsATaggedNoteWithItsIdAndEveryLinkIsDescribed() throws Exception {
        assertEquals(expected.footnoteIds(), facts.noteIds());
        assertEquals(0, facts.linksWithoutDescription(), "links without /Contents");
    }

    @Test
    void russianAndChineseTextExtract() throws Exception {
        String text = TeiFacts.withoutSpaces(facts.text());
        List<String> russian = expected.titlesIn("ru");
        assertTrue(russian.size() > 10, "the report cites Russian sources");
        for (String title : russian) {
            assertTrue(text.contains(TeiFacts.withoutSpaces(title)), "Russian title missing: " + title);
        }
        assertTrue(text.contains(TeiFacts.withoutSpaces(expected.title())), "the title is not extractable");
        for (String url : expected.pointerTargets()) {
            assertTrue(text.contains(url), "URL does not extract whole (break characters left in?): " + url);
        }
        List<String> openings = expected.paragraphOpenings();
        assertTrue(openings.size() > 20, "paragraphs: " + openings.size());
        for (String opening : openings) {
            assertTrue(text.contains(opening), "paragraph does not extract as written: " + opening);
        }
    }

    /** As in the printed original, ① … restart on every page, in the text and at its foot. */
    @Test
    void footnoteNumbersRestartOnEveryPage() throws Exception {
        List<PdfFacts.PageMarks> pages = facts.noteMarks(8.5f);
        assertTrue(pages.size() >= 3, "pages with footnotes: " + pages.size());
        int notes = 0;
        for (PdfFacts.PageMarks page : pages) {
            List<Integer> oneToN = java.util.stream.IntStream.rangeClosed(1, page.inNotes().size()).boxed().toList();
            assertEquals(oneToN, page.inNotes(), "note numbers on page " + page.page());
            assertEquals(oneToN, page.inText(), "marks in the text on page " + page.page());
            notes += page.inNotes().size();
        }
        assertEquals(expected.footnoteIds().size() - 1, notes, "every footnote but the author's is numbered");
    }
}
