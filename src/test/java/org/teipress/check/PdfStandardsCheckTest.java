package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veraPDF judges the declared PDF/A part and PDF/UA-1; the plain PDFBox fixture is neither. */
class PdfStandardsCheckTest {
    @TempDir
    Path dir;

    private CheckResult run(FixturePdf fixture) throws Exception {
        return run(fixture, new PdfStandardsCheck());
    }

    private CheckResult run(FixturePdf fixture, PdfStandardsCheck check) throws Exception {
        Path pdfFile = fixture.write(dir.resolve("out.pdf"));
        CheckResult result = new CheckResult("pdf-standards");
        try (PdfUnderTest pdf = PdfUnderTest.open(pdfFile)) {
            check.run(pdf, Sample.read(Sample.copy(dir)), result);
        }
        return result;
    }

    private static String messages(CheckResult result) {
        return String.join("\n", result.errors().stream().map(Finding::message).toList());
    }

    @Test
    void veraPdfIsNamedWithItsVersionAndTheProfilesItRan() throws Exception {
        CheckResult result = run(new FixturePdf());
        Referee veraPdf = result.referees().stream().filter(r -> r.name().equals("veraPDF")).findFirst().orElseThrow();
        assertTrue(veraPdf.version().matches("\\d+\\.\\d+.*"), veraPdf.toString());
        assertTrue(veraPdf.against().stream().anyMatch(p -> p.startsWith("2")), veraPdf.toString());
        assertTrue(veraPdf.against().stream().anyMatch(p -> p.startsWith("ua1")), veraPdf.toString());
    }

    @Test
    void aPdfWithoutPdfaIdentificationIsRejected() throws Exception {
        CheckResult result = run(new FixturePdf().noPdfaIdentification());
        assertTrue(messages(result).contains("no PDF/A identification"), messages(result));
        assertTrue(result.figures().get("declaredPdfA").equals("none"));
    }

    @Test
    void failedRulesOfTheDeclaredPartAndOfPdfUaAreReportedWithTheirClauses() throws Exception {
        CheckResult result = run(new FixturePdf());
        assertFalse(result.passed());
        // The fixture has no output intent and no structure tree: PDF/A-2a and PDF/UA-1 both fail.
        assertTrue(result.errors().stream().anyMatch(f -> f.message().startsWith("ISO 19005-2")
                && f.message().contains(" clause ")), messages(result));
        assertTrue(result.errors().stream().anyMatch(f -> f.message().startsWith("ISO 14289-1")), messages(result));
        assertTrue((int) result.figures().get("2a.failedRules") > 0, result.figures().toString());
        assertTrue((int) result.figures().get("ua1.failedRules") > 0, result.figures().toString());
    }

    @Test
    void validatingTheStandardsApartFindsWhatOneSharedParseFinds() throws Exception {
        CheckResult together = run(new FixturePdf(), new PdfStandardsCheck(false));
        CheckResult apart = run(new FixturePdf(), new PdfStandardsCheck(true));
        assertFalse(together.errors().isEmpty(), "the fixture fails both standards");
        assertEquals(messages(together), messages(apart));
        assertEquals(together.figures(), apart.figures());
        assertEquals(together.referees(), apart.referees());
    }
}
