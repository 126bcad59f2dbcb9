package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * Each convention chosen on the command line changes what the reader sees, and the gate, which
 * reads the same decisions, still passes: build SOURCE --note-numbering / --heading-numbering /
 * --reference-list on a small English document whose language would choose otherwise.
 */
class ConventionOptionsIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    private CliRun build(String fixture, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "build";
        args[1] = GOLDEN.resolve(fixture + ".xml").toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun run = CliRun.run(Toolchain::new, args);
        assertEquals(0, run.exit(), run.toString());
        return run;
    }

    @Test
    void perChapterNoteNumbersRestartInTheSecondChapterOfBothOutputs() throws Exception {
        // English numbers notes continuously: chapter two's note would be 3.
        build("en-per-chapter", "--note-numbering", "per-chapter");
        Map<String, String> xhtml = epubDocuments(out.resolve("en-per-chapter.epub"));
        assertTrue(xhtml.get("OEBPS/c2.xhtml").contains(">1</a>"), xhtml.get("OEBPS/c2.xhtml"));
        assertFalse(xhtml.get("OEBPS/c2.xhtml").contains(">3</a>"), xhtml.get("OEBPS/c2.xhtml"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("en-per-chapter.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("1 First of two."), text);
            assertFalse(text.contains("3 First of two."), text);
        }
    }

    @Test
    void headingNumberingNoneDropsTheLabelsTheSourceNumbers() throws Exception {
        // The divs have n="I" and n="II", which English shows by default.
        build("en-numbered-divs", "--heading-numbering", "none", "--format", "epub");
        String intro = epubDocuments(out.resolve("en-numbered-divs.epub")).get("OEBPS/intro.xhtml");
        assertTrue(intro.contains("Introduction"), intro);
        assertTrue(intro.contains("<h1 id=\"intro-head\">Introduction</h1>"), intro);
    }

    @Test
    void referencesGroupedByLanguageGetTheLanguageHeadings() throws Exception {
        // English sets one list by default.
        build("en-numbered-divs", "--reference-list", "grouped-by-language", "--format", "epub");
        String references = epubDocuments(out.resolve("en-numbered-divs.epub")).get("OEBPS/references.xhtml");
        assertTrue(references.contains("English sources"), references);
    }

    @Test
    void anUnknownConventionIsBadUsage() {
        CliRun run = CliRun.run(() -> {
            throw new AssertionError("no toolchain is needed to refuse the option");
        }, "build", GOLDEN.resolve("en-numbered-divs.xml").toString(), "--note-numbering", "by-page");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("per-page, continuous, per-chapter"), run.err());
    }

    private static Map<String, String> epubDocuments(Path epub) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    documents.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return documents;
    }
}
