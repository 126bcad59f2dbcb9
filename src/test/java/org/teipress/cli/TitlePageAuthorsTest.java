package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * A corpus edition (ELTeC, DraCor, EpiDoc) names its author in the header alone; its title page
 * must name them too, under the title, in both outputs.
 */
class TitlePageAuthorsTest {
    @TempDir
    Path dir;

    @Test
    void theHeadersAuthorsStandUnderTheTitleWhenTheTextNamesNobody() throws IOException {
        String tei = CliRun.publishable("hu", "<p>Édes néném! Hála légyen az Istennek.</p>")
                .replace("<title>Test</title>", "<title>Törökországi levelek</title><author ref=\"viaf:7410168\">Mikes Kelemen"
                        + " (1690-1761)</author><author><persName>Second Author</persName><affiliation>Somewhere</affiliation></author>");
        Path source = CliRun.write(dir.resolve("doc.xml"), tei);
        CliRun run = CliRun.run(Toolchain::new, "build", source.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/doc.pdf").toFile())) {
            String page = new PDFTextStripper().getText(pdf);
            assertTrue(page.matches("(?s)\\s*Törökországi levelek\\s+Mikes Kelemen \\(1690-1761\\), Second Author\\s+Édes néném.*"),
                    "title, then the authors (a persName without its affiliation), then the text: " + page);
        }
        try (ZipFile epub = new ZipFile(dir.resolve("out/doc.epub").toFile())) {
            String titlePage = new String(epub.getInputStream(epub.getEntry("OEBPS/titlepage.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(titlePage.contains("<p class=\"byline\">Mikes Kelemen (1690-1761), Second Author</p>"), titlePage);
        }
    }
}
