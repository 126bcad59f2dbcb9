package org.teipress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.check.CheckResult;
import org.teipress.check.EpubAccessibilityCheck;
import org.teipress.check.EpubCheckMessages;
import org.teipress.check.EpubUnderTest;
import org.teipress.check.Finding;
import org.teipress.typography.PublishedReport;

/** The EPUB the build wrote into dist/ for the report, checked against its TEI source. */
class ReportEpubIT {
    private static final Path SOURCE = Path.of("source-xml/report.xml");
    /** The bound: the whole book, fonts and cover included, well under 2 MB. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private static Path epub;
    private static EpubFile file;
    private static EpubContentChecks checks;

    @BeforeAll
    static void open() throws Exception {
        epub = PublishedReport.epub();
        assertTrue(Files.isRegularFile(epub), "the build did not write " + epub);
        Processor processor = new Processor(false);
        file = new EpubFile(epub, processor);
        XdmNode tei = processor.newDocumentBuilder().build(SOURCE.toFile());
        checks = new EpubContentChecks(file, tei);
    }

    @Test
    void epubCheckReportsNoErrorsAndNoWarnings() {
        EpubCheckMessages result = EpubCheckMessages.of(epub);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void everyParagraphOfTheReportIsInTheXhtml() throws Exception {
        assertEquals(List.of(), checks.missingParagraphs());
    }

    @Test
    void everyNoteOfTheReportIsAnAside() throws Exception {
        assertEquals(List.of(), checks.missingNotes());
    }

    @Test
    void noteMarksLinkToTheirNotesAndBackWithThePrintNumbering() throws Exception {
        assertEquals(List.of(), checks.brokenNoteLinks());
    }

    @Test
    void everyUrlIsALink() throws Exception {
        assertEquals(List.of(), checks.unlinkedPointers());
    }

    @Test
    void russianReferencesAreMarkedAndChineseTitlesBracketed() throws Exception {
        assertEquals(List.of(), checks.languageAndTitleProblems());
    }

    @Test
    void fontsAreSubsetsWithAGlyphForEveryCharacter() throws Exception {
        assertEquals(List.of(), checks.missingGlyphs());
    }

    /** The gate's Ace-equivalent check, run again here on the book dist/ holds. */
    @Test
    void theAccessibilityCheckFindsNothing() throws Exception {
        CheckResult result = new CheckResult("epub-accessibility");
        new EpubAccessibilityCheck().run(EpubUnderTest.open(new Processor(false), epub), null, result);
        assertEquals(List.of(), result.findings().stream().map(Finding::message).toList());
        assertTrue((int) result.figures().get("linksInText") > 100, "the note marks and URLs stand in running text");
    }

    @Test
    void theBookIsSmall() throws Exception {
        long size = Files.size(epub);
        assertTrue(size < MAX_BYTES, epub + " is " + size + " bytes");
    }
}
