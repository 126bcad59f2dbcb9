package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubChecksTest {
    @TempDir
    Path dir;

    private CheckResult run(OutputCheck<EpubUnderTest> check, FixtureEpub fixture, Path tei) throws Exception {
        Path file = fixture.write(dir.resolve("out.epub"));
        CheckResult result = new CheckResult(check.name());
        check.run(EpubUnderTest.open(new Processor(false), file), Sample.read(tei), result);
        return result;
    }

    private static String messages(CheckResult result) {
        return String.join("\n", result.errors().stream().map(Finding::located).toList());
    }

    @Test
    void aFaithfulEpubPassesEveryCheck() throws Exception {
        Path tei = Sample.copy(dir);
        for (OutputCheck<EpubUnderTest> check : List.of(new EpubConformanceCheck(), new EpubTextCheck(),
                new EpubLinkCheck(), new EpubFontCheck(), new EpubAccessibilityCheck())) {
            CheckResult result = run(check, new FixtureEpub(), tei);
            assertTrue(result.passed(), check.name() + ":\n" + messages(result));
        }
    }

    @Test
    void aBrokenNoteReferenceIsReportedAtItsNote() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubLinkCheck(), new FixtureEpub().brokenNoteReference("②"), tei);
        assertEquals(1, result.errors().size(), messages(result));
        Finding finding = result.errors().get(0);
        assertTrue(finding.message().startsWith("The link \"#fn99\" in EPUB/text.xhtml:"), finding.message());
        assertTrue(finding.message().endsWith("points to the id \"fn99\", which EPUB/text.xhtml does not have."),
                finding.message());
    }

    @Test
    void aNoteWithoutLinkBackIsReportedWithItsSourceLine() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubLinkCheck(), new FixtureEpub().noBackLinks(), tei);
        assertEquals(3, result.errors().size(), messages(result));
        Finding fn02 = result.errors().stream().filter(f -> f.message().contains("#fn02")).findFirst().orElseThrow();
        assertTrue(fn02.message().startsWith("The note EPUB/text.xhtml#fn02 has no link back"), fn02.message());
        assertEquals(Sample.lineOf(tei, "xml:id=\"fn02\""), fn02.place().line());
    }

    @Test
    void aMissingWebLinkIsNamedWithItsSourceLine() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubLinkCheck(), new FixtureEpub().withoutLink(SampleRendering.KREMLIN), tei);
        assertEquals(1, result.errors().size(), messages(result));
        assertTrue(result.errors().get(0).message().startsWith("The target " + SampleRendering.KREMLIN
                + " is not a link in the EPUB"), messages(result));
        assertEquals(Sample.lineOf(tei, SampleRendering.KREMLIN), result.errors().get(0).place().line());
    }

    @Test
    void aMissingParagraphIsNamed() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubTextCheck(), new FixtureEpub().without(SampleRendering.MISSING_PARAGRAPH), tei);
        assertEquals(1, result.errors().size(), messages(result));
        assertEquals(Sample.lineOf(tei, "<p>张明赴俄罗斯"), result.errors().get(0).place().line());
    }

    @Test
    void aCharacterTheEmbeddedFontLacksIsReportedWhereItOccurs() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubFontCheck(), new FixtureEpub().fontWithout('矿'), tei);
        assertEquals(1, result.errors().size(), messages(result));
        Finding finding = result.errors().get(0);
        assertTrue(finding.message().startsWith("The character '矿' (U+77FF) in EPUB/text.xhtml:")
                && finding.message().contains("is set in Noto Serif SC, serif 400, and no embedded face of those"
                        + " families has a glyph for it (EPUB/fonts/serif.ttf)"), finding.message());
        assertEquals(Sample.lineOf(tei, "矿"), finding.place().line());
    }

    @Test
    void epubcheckErrorsFailTheCheck() throws Exception {
        Path tei = Sample.copy(dir);
        CheckResult result = run(new EpubConformanceCheck(), new FixtureEpub().brokenNoteReference("①"), tei);
        assertFalse(result.passed());
        assertTrue(messages(result).contains("EPUBCheck ERROR RSC-012 at EPUB/text.xhtml"), messages(result));
    }
}
