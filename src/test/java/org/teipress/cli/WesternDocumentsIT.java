package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * An English and a Russian document publish through the whole gate (veraPDF PDF/A-2u and
 * PDF/UA-1, EPUBCheck, text fidelity, outline) with the text their language generates: quotation
 * marks, Western footnote numbers, a section labelled from its n="I", Russian headings of the
 * reference list. The gate once computed the expected text without any of these and refused both.
 */
class WesternDocumentsIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    @Test
    void anEnglishDocumentWithQuotationsRomanSectionsAndFootnotesPublishes() throws Exception {
        CliRun run = CliRun.run(Toolchain::new, "build", GOLDEN.resolve("en-numbered-divs.xml").toString(),
                "--out", out.toString());
        assertEquals(0, run.exit(), run.toString());
        assertGatePassed(run);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("en-numbered-divs.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("The “first” claim"), text);
            assertTrue(text.contains("1 See A Book"), "the footnote is numbered 1, not circled: " + text);
            assertEquals(List.of("I Introduction", "II Method", "References"), outline(pdf));
        }
        String epub = epubText(out.resolve("en-numbered-divs.epub"));
        assertTrue(epub.contains("“first”"), epub);
        assertTrue(epub.contains("I Introduction") || epub.contains("I\u00a0Introduction"), epub);
    }

    @Test
    void aRussianDocumentPublishesWithRussianGeneratedText() throws Exception {
        CliRun run = CliRun.run(Toolchain::new, "build", GOLDEN.resolve("ru-basic.xml").toString(),
                "--out", out.toString());
        assertEquals(0, run.exit(), run.toString());
        assertGatePassed(run);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("ru-basic.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("«это „важно“»"), "Russian quotation marks, the inner pair inside: " + text);
            assertTrue(text.contains("Источники на русском языке"), text);
            assertEquals(List.of("1 Введение", "Список литературы"), outline(pdf));
        }
        String epub = epubText(out.resolve("ru-basic.epub"));
        assertTrue(epub.contains("«это „важно“»"), epub);
        assertTrue(epub.contains("Список литературы") && epub.contains("Содержание"), epub);
    }

    private void assertGatePassed(CliRun run) throws IOException {
        String report = Files.readString(out.resolve("report.validation.json"), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"passed\": true"), report);
        for (String check : List.of("pdf-text", "pdf-structure", "pdf-standards", "epubcheck", "epub-text")) {
            assertTrue(run.err().lines().anyMatch(l -> l.contains(check) && l.contains("passed")),
                    check + " did not pass: " + run.err());
        }
        assertTrue(report.contains("\"ua1.compliant\": true") && report.contains("\"2u.compliant\": true"), report);
        assertTrue(report.contains("\"errors\": 0") && report.contains("\"warnings\": 0"), report);
    }

    private static List<String> outline(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle().replace('\u00a0', ' '));
        }
        return titles;
    }

    /** The text of every XHTML document in the EPUB, tags removed. */
    private static String epubText(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", ""));
                }
            }
        }
        return text.toString();
    }
}
