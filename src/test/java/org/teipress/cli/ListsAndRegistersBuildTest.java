package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * Lists as real TEI writes them publish through the whole gate: short bulleted items inside a
 * paragraph and inside a note (the PDF sets a bullet the reader text leaves out), an ordered
 * list numbered in roman, labels given by {@code @n} and by {@code label}, a register whose
 * entries hold paragraphs, a manuscript description with a list inside a bibliography (a block
 * where the EPUB wants phrasing content), and punctuation given only as {@code <c n="，"/>}.
 */
class ListsAndRegistersBuildTest {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
            <teiHeader><fileDesc><titleStmt><title>Lists of the House</title><author>Ann Example</author></titleStmt>
            <publicationStmt><publisher>Nobody</publisher><idno>lists-house</idno><date when="2024-05-01">2024</date></publicationStmt>
            <sourceDesc><p>Born digital</p></sourceDesc></fileDesc></teiHeader>
            <text><body>
            <div><head>Animals and steps</head>
            <p>4. <list><item>cats</item> <item>dogs</item></list> and nothing else lives in the house.</p>
            <p>The gardener wrote a note about the animals<note>Two of them live here: <list><item>cats</item><item>dogs</item></list> innit</note> and went home.</p>
            <list rend="roman"><item>first step</item><item>second step</item></list>
            <list><item n="4b">an item labelled by the source</item></list>
            <list type="gloss"><label>TEI</label><item>Text Encoding Initiative</item></list>
            <p>The master said<seg xml:lang="zh">子曰<c n="："/>學而時習之<c n="，"/>不亦說乎<c n="。"/></seg></p>
            </div>
            <div><head>Places and manuscripts</head>
            <listPlace><place xml:id="IS"><placeName>Iceland</placeName><placeName xml:lang="is">Ísland</placeName>
            <state><p>Constitutional republic since the year of independence.</p></state>
            <relation name="partOf" active="#IS" passive="#NORDIC"/>
            <place><placeName>Reykjavík</placeName></place></place></listPlace>
            <listBibl><msDesc xml:id="ms1"><msIdentifier><idno>AM 62 fol.</idno></msIdentifier>
            <physDesc><p>The manuscript consists of two gatherings: <list><item n="1">I: the first quire</item>
            <item n="2">II: the second quire</item></list></p></physDesc></msDesc></listBibl>
            </div></body></text></TEI>
            """;

    @TempDir
    Path dir;

    @Test
    void publishesWithTheWholeGatePassingAndTheLabelsTheModelDecided() throws IOException {
        Path source = CliRun.write(dir.resolve("lists.xml"), SOURCE);
        Path out = dir.resolve("out");
        CliRun build = CliRun.run(Toolchain::new, "build", source.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, build.exit(), build.toString());

        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("lists.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(pdfText.contains("4. • cats • dogs and nothing else"), "bullets before the items: " + pdfText);
        assertTrue(pdfText.contains("i. first step ii. second step"), "roman numbers from @rend: " + pdfText);
        assertTrue(pdfText.contains("4b an item labelled by the source"), "the label of @n: " + pdfText);
        assertTrue(pdfText.contains("TEI Text Encoding Initiative"), pdfText);
        assertTrue(pdfText.replace(" ", "").contains("子曰：學而時習之，不亦說乎。"), "punctuation of c/@n: " + pdfText);
        assertTrue(pdfText.contains("Iceland; Ísland"), "an entry's names run on: " + pdfText);
        assertTrue(pdfText.contains("Constitutional republic since"), pdfText);
        assertTrue(pdfText.contains("• Reykjavík"), "a nested place is an entry of its own: " + pdfText);
        assertTrue(pdfText.contains("1 I: the first quire 2 II: the second quire"), pdfText);

        String xhtml = contentDocuments(out.resolve("lists.epub"));
        assertTrue(xhtml.contains("<li class=\"tp-labelled\"><span class=\"tp-item-label\">i.</span> first step</li>"), xhtml);
        assertTrue(xhtml.contains("<span class=\"tp-item-label\">4b</span> an item labelled"), xhtml);
        assertTrue(xhtml.contains("<li>cats</li><li>dogs</li>"), "bullets are the list's markers, not text: " + xhtml);
        assertFalse(xhtml.contains("•"), "no bullet as text in the EPUB");
        assertTrue(xhtml.replaceAll("<[^>]+>", "").contains("子曰：學而時習之，不亦說乎。"), xhtml);
        assertTrue(xhtml.contains("role=\"list\"") && xhtml.contains("role=\"listitem\""),
                "the list inside the bibliography entry is spans with the roles of a list: " + xhtml);
        assertEquals(xhtml.indexOf("id=\"ms1\""), xhtml.lastIndexOf("id=\"ms1\""), "the manuscript's id is declared once");
    }

    private static String contentDocuments(Path epubFile) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile epub = new ZipFile(epubFile.toFile())) {
            for (ZipEntry entry : epub.stream().filter(e -> e.getName().endsWith(".xhtml") && !e.getName().endsWith("nav.xhtml")).toList()) {
                all.append(new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
