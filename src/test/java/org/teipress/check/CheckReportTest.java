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

    @Test
    void theJsonNamesEachRefereeWithItsVersionAndProfilesOnce() throws Exception {
        CheckResult standards = new CheckResult("pdf-standards");
        standards.judgedBy(new Referee("veraPDF", "1.28.1", java.util.List.of("2u: PDF/A-2U validation profile")));
        standards.figure("2u.compliant", true);
        CheckResult text = new CheckResult("pdf-text");
        text.judgedBy(Referee.pdfBox());
        text.error("The paragraph \"x\" is missing", new SourcePlace(Path.of("book.xml"), 3));
        CheckResult fonts = new CheckResult("pdf-fonts");
        fonts.judgedBy(Referee.pdfBox());
        CheckReport report = new CheckReport();
        report.add("book.pdf", standards);
        report.add("book.pdf", text);
        report.add("book.pdf", fonts);

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toJson());

        assertEquals(false, json.get("passed").asBoolean());
        assertEquals(2, json.get("referees").size(), json.toString());
        assertEquals("veraPDF", json.get("referees").get(0).get("name").asText());
        assertEquals("1.28.1", json.get("referees").get(0).get("version").asText());
        assertEquals("2u: PDF/A-2U validation profile", json.get("referees").get(0).get("profiles").get(0).asText());
        assertEquals("Apache PDFBox", json.get("referees").get(1).get("name").asText());
        assertEquals(org.apache.pdfbox.util.Version.getVersion(), json.get("referees").get(1).get("version").asText());
        var finding = json.get("outputs").get("book.pdf").get("pdf-text").get("findings").get(0);
        assertEquals("The paragraph \"x\" is missing", finding.get("message").asText());
        assertEquals(3, finding.get("line").asInt());
        assertTrue(json.get("outputs").get("book.pdf").get("pdf-standards").get("figures").get("2u.compliant").asBoolean());
    }
}
