package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * Small capitals, page numbers of the source in the margin and indented verse lines, published
 * through the command line with the whole gate passing, and measured where they are drawn: in
 * the PDF by PDFBox's glyph positions, in the EPUB by its XHTML.
 */
class MarginsAndCapitalsBuildTest {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
            <teiHeader><fileDesc><titleStmt><title>Margins and capitals</title></titleStmt>
            <publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Made for the test</p></sourceDesc></fileDesc></teiHeader>
            <text><body><div><head>Prose</head>
            <p>The first paragraph has words in <hi rend="smallcaps">Small Capitals</hi> and in <hi style="font-variant: small-caps">styled small caps</hi> in the middle of the sentence, and goes on after them to the end.</p>
            <p>A second paragraph, whose text goes on for a good while before the page of the source ends right here<pb n="12"/>and the next page begins, in the middle of a line of the text.</p>
            <pb n="13"/>
            <p>A third paragraph after a page break that stands between paragraphs.</p>
            </div>
            <div><head>Verse</head><lg>
            <l n="1">Arma virumque cano, Troiae qui primus ab oris</l>
            <l n="2" rend="align(indent)">Italiam fato profugus Laviniaque venit</l>
            <l n="3" rend="indent(2)">litora, multum ille et terris iactatus et alto</l>
            </lg></div></body></text></TEI>
            """;

    @TempDir
    static Path dir;
    private static CliRun build;

    @BeforeAll
    static void publish() throws Exception {
        Path source = CliRun.write(dir.resolve("margins.xml"), SOURCE);
        Toolchain toolchain = new Toolchain();
        build = CliRun.run(() -> toolchain, "build", source.toString(), "--out", dir.resolve("out").toString(),
                "--source-pages", "margin");
    }

    @Test
    void theWholeGatePasses() {
        // Among the checks: the PDF's text (with capitals for the small capitals) against the source's.
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
    }

    @Test
    void pageNumbersOfTheSourceStandInTheMarginBesideTheirLine() throws IOException {
        List<TextPosition> glyphs = glyphsOfPage(1);
        float bodySize = bodySize(glyphs);
        // Three quarters of the text's size (the folio in the foot is 8 pt).
        List<TextPosition> numbers = glyphs.stream().filter(g -> g.getUnicode().matches("[0-9]")
                && Math.abs(g.getFontSize() - bodySize * 0.75f) < 0.01f).toList();
        float textRight = (float) glyphs.stream().filter(g -> g.getFontSize() >= bodySize * 0.99f)
                .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
        assertEquals("1213", numbers.stream().map(TextPosition::getUnicode).reduce("", String::concat),
                "both marks are drawn as small numbers");
        for (TextPosition digit : numbers) {
            assertTrue(digit.getXDirAdj() > textRight, "the number " + digit + " lies outside the text block, which ends at "
                    + textRight + ": " + digit.getXDirAdj());
        }
        TextPosition bar = glyphs.stream().filter(g -> g.getUnicode().equals("|")).findFirst().orElseThrow();
        assertEquals(bar.getYDirAdj(), numbers.get(0).getYDirAdj(), 0.5f, "12 stands on the line where the page broke");
        String text = text(1);
        assertTrue(text.contains("ends right here|and the next page"), "a | marks the break in the line: " + text);
    }

    @Test
    void smallCapitalsAreCapitalsOfTwoSizesInThePdf() throws IOException {
        List<TextPosition> glyphs = glyphsOfPage(1);
        String text = text(1);
        assertTrue(text.contains("words in SMALL CAPITALS and in STYLED SMALL CAPS in the middle"), text);
        float bodySize = bodySize(glyphs);
        int s = indexOf(glyphs, "SMALL");
        assertEquals(bodySize, glyphs.get(s).getFontSize(), 0.01f, "a capital of the source keeps its size");
        assertEquals(bodySize * 0.8f, glyphs.get(s + 1).getFontSize(), 0.05f, "a small letter is a capital at 80 %");
    }

    @Test
    void indentedVerseLinesAreIndented() throws IOException {
        List<TextPosition> glyphs = glyphsOfPage(1);
        float arma = glyphs.get(indexOf(glyphs, "Arma")).getXDirAdj();
        float italiam = glyphs.get(indexOf(glyphs, "Italiam")).getXDirAdj();
        float litora = glyphs.get(indexOf(glyphs, "litora")).getXDirAdj();
        float em = glyphs.get(indexOf(glyphs, "Arma")).getFontSize();
        assertEquals(2 * em, italiam - arma, 0.5f, "align(indent) is one step of 2 em");
        assertEquals(4 * em, litora - arma, 0.5f, "indent(2) two steps");
    }

    @Test
    void theEpubAnnouncesThePageBreaksAndStylesTheRest() throws IOException {
        String xhtml = epubText();
        assertTrue(xhtml.contains("epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"12\" title=\"12\""), xhtml);
        assertTrue(xhtml.contains("<span class=\"tp-gen tp-margin\">12</span><span class=\"tp-gen tp-break-mark\">|</span>"), xhtml);
        assertTrue(xhtml.contains("<span class=\"tp-gen tp-margin\">13</span></span>"),
                "a break between paragraphs divides no line: " + xhtml);
        assertTrue(xhtml.contains("<span class=\"tp-hi tp-rend-smallcaps\">Small Capitals</span>"), "the source's letters: " + xhtml);
        assertTrue(xhtml.contains("style=\"padding-left: 2em\">Italiam"), xhtml);
        assertTrue(xhtml.contains("style=\"padding-left: 4em\">litora"), xhtml);
    }

    /** The size most glyphs of the page are set in (PDFBox's getFontSizeInPt rounds it). */
    private static float bodySize(List<TextPosition> glyphs) {
        return glyphs.stream().collect(java.util.stream.Collectors.groupingBy(TextPosition::getFontSize,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
    }

    private static int indexOf(List<TextPosition> glyphs, String word) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode().charAt(0)));
        int at = text.indexOf(word);
        assertTrue(at >= 0, word + " is on the page: " + text);
        return at;
    }

    private static List<TextPosition> glyphsOfPage(int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/margins.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(glyph);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
        }
        return glyphs;
    }

    private static String text(int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/margins.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static String epubText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile epub = new ZipFile(dir.resolve("out/margins.epub").toFile())) {
            for (var entry : epub.stream().filter(e -> e.getName().endsWith(".xhtml")).toList()) {
                all.append(new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
