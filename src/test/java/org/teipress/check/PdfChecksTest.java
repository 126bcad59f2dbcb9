package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfChecksTest {
    @TempDir
    Path dir;

    private CheckResult run(OutputCheck<PdfUnderTest> check, FixturePdf fixture, Path tei) throws Exception {
        Path pdfFile = fixture.write(dir.resolve("out.pdf"));
        SourceText source = Sample.read(tei);
        CheckResult result = new CheckResult(check.name());
        try (PdfUnderTest pdf = PdfUnderTest.open(pdfFile)) {
            check.run(pdf, source, result);
        }
        return result;
    }

    private static String messages(CheckResult result) {
        return String.join("\n", result.errors().stream().map(Finding::located).toList());
    }

    @Test
    void aFaithfulPdfPassesTheContentChecks() throws Exception {
        Path tei = Sample.copy(dir);
        for (OutputCheck<PdfUnderTest> check : List.of(new PdfFontCheck(), new PdfTextCheck(), new PdfLinkCheck(),
                new PdfStructureCheck())) {
            CheckResult result = run(check, new FixturePdf(), tei);
            assertTrue(result.passed(), check.name() + ":\n" + messages(result));
        }
    }

    @Test
    void textCoverageIsComplete() throws Exception {
        CheckResult result = run(new PdfTextCheck(), new FixturePdf(), Sample.copy(dir));
        assertEquals(100.0, result.figures().get("coveragePercent"));
        assertEquals(0, result.figures().get("passagesMissing"));
    }

    @Test
    void aMissingParagraphIsNamedWithItsSourceLine() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new PdfTextCheck(), new FixturePdf().without(SampleRendering.MISSING_PARAGRAPH), tei);
        assertEquals(1, result.errors().size(), messages(result));
        Finding finding = result.errors().get(0);
        // The note mark ② stands where the note does, as the reader sees it.
        assertTrue(finding.message().startsWith("The paragraph \"张明赴俄罗斯出席圣彼得堡国际经济论坛。②双方交换了意见"),
                finding.message());
        assertTrue(finding.message().contains("missing from the PDF"), finding.message());
        assertEquals(Sample.lineOf(tei, "<p>张明赴俄罗斯"), finding.place().line());
        assertTrue((double) result.figures().get("coveragePercent") < 100.0);
    }

    @Test
    void textBeyondThePageEdgeIsMissingNotFound() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new PdfTextCheck(), new FixturePdf().unwrapped(SampleRendering.MISSING_PARAGRAPH), tei);
        assertFalse(result.passed(), "a paragraph drawn past the right edge was counted as present");
        assertTrue(messages(result).contains("outside the visible area of page"), messages(result));
        assertTrue((double) result.figures().get("coveragePercent") < 100.0);
        assertTrue((int) result.figures().get("charactersOutsidePage") > 0);
    }

    @Test
    void aFontThatIsNotEmbeddedIsReported() throws Exception {
        CheckResult result = run(new PdfFontCheck(), new FixturePdf().folioInStandard14Font(), Sample.copy(dir));
        assertEquals(1, result.errors().size(), messages(result));
        assertTrue(result.errors().get(0).message().startsWith("The font Helvetica is not embedded"), messages(result));
        assertEquals(1, result.figures().get("fontsNotEmbedded"));
    }

    @Test
    void aCharacterNoFontCoversIsReportedWhereItOccurs() throws Exception {
        Path tei = Sample.write(dir, Sample.PARAGRAPH_NO_FONT_COVERS);
        CheckResult result = run(new PdfFontCheck(), new FixturePdf().with(Sample.PARAGRAPH_NO_FONT_COVERS), tei);
        assertEquals(1, result.errors().size(), messages(result));
        Finding finding = result.errors().get(0);
        assertTrue(finding.message().contains("U+13000"), finding.message());
        assertTrue(finding.message().contains("does not occur in the PDF text"), finding.message());
        assertEquals(Sample.lineOf(tei, Sample.HIEROGLYPH), finding.place().line());
    }

    @Test
    void aSoftHyphenThatFopRightlyLeftUndrawnNeedsNoGlyph() throws Exception {
        Path tei = Sample.write(dir, "软连字符：hy\u00ADphen。");
        CheckResult fonts = run(new PdfFontCheck(), new FixturePdf().with("软连字符：hyphen。"), tei);
        assertTrue(fonts.passed(), messages(fonts));
        CheckResult text = run(new PdfTextCheck(), new FixturePdf().with("软连字符：hyphen。"), tei);
        assertTrue(text.passed(), messages(text));
    }

    @Test
    void aMissingLinkIsNamedWithItsSourceLine() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new PdfLinkCheck(), new FixturePdf().withoutLink(SampleRendering.SECTSC), tei);
        assertEquals(1, result.errors().size(), messages(result));
        assertTrue(result.errors().get(0).message().startsWith("The target " + SampleRendering.SECTSC
                + " is not a link in the PDF"), messages(result));
        assertEquals(Sample.lineOf(tei, SampleRendering.SECTSC), result.errors().get(0).place().line());
    }

    @Test
    void theOutlineMustHoldEverySectionHeading() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new PdfStructureCheck(), new FixturePdf().without("二　经贸往来与合作"), tei);
        assertFalse(result.passed());
        // The heading with the label the normalising pass gave its div, as the outline shows it.
        assertTrue(messages(result).contains("The section heading \"二　经贸往来与合作\" is not in the PDF outline"),
                messages(result));
        assertEquals(Sample.lineOf(tei, "<head>经贸往来与合作"), result.errors().get(0).place().line());
    }
}
