package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.teipress.pipeline.CheckFailedException;

class CheckReportTest {
    @Test
    void theFailureNamesTheFirstDefectWhereItIsAndCountsTheOthers() {
        Path source = Path.of("book.xml");
        CheckResult fonts = new CheckResult("epub-fonts");
        fonts.error("The character '矿' has no glyph", new SourcePlace(source, 12));
        fonts.warning("A warning is not a defect", null);
        CheckResult links = new CheckResult("epub-links");
        links.error("A link is missing", null);
        links.error("Another link is missing", null);
        CheckReport report = new CheckReport();
        report.add("book.epub", fonts);
        report.add("book.epub", links);

        CheckFailedException failure = report.failure("see report.json");

        assertEquals("epub-fonts: The character '矿' has no glyph (and 2 more defects); see report.json",
                failure.getMessage());
        assertEquals(source, failure.file().orElseThrow());
        assertEquals(12, failure.line());
    }

    @Test
    void aSingleUnlocatedDefectHasNoCountAndNoPlace() {
        CheckResult epubcheck = new CheckResult("epubcheck");
        epubcheck.error("EPUBCheck ERROR RSC-012", null);
        CheckReport report = new CheckReport();
        report.add("book.epub", epubcheck);

        CheckFailedException failure = report.failure("see report.json");

        assertEquals("epubcheck: EPUBCheck ERROR RSC-012; see report.json", failure.getMessage());
        assertTrue(failure.file().isEmpty());
    }
}
