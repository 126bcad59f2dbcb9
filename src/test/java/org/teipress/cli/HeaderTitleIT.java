package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * The document's title comes from the teiHeader and is read as the text is: a TLS title written
 * {@code 楚竹書<c n="・"/>性情論} shows its middle dot on the PDF's title page, in the PDF's
 * metadata and in the EPUB's package and title page, where it was dropped before.
 */
class HeaderTitleIT {
    private static final String SOURCE = "src/test/resources/corpus/zh-tls-KR2p0034.xml";
    private static final String TITLE = "楚竹書・性情論";

    @TempDir
    Path out;

    @Test
    void aTitleWithACharacterGivenByItsNShowsThatCharacterInBothOutputs() throws Exception {
        assertTrue(Files.readString(Path.of(SOURCE), StandardCharsets.UTF_8).contains("<title>楚竹書<c n=\"・\"/>性情論</title>"),
                "the corpus document still writes its title with a c element");
        CliRun run = CliRun.run(Toolchain::new, "build", SOURCE, "--out", out.toString(), "--name", "tls");
        assertEquals(0, run.exit(), run.toString());

        try (PDDocument pdf = Loader.loadPDF(out.resolve("tls.pdf").toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String text = firstPage.getText(pdf);
            assertTrue(text.contains(TITLE), "title page: " + text.substring(0, Math.min(200, text.length())));
            assertEquals(TITLE, pdf.getDocumentInformation().getTitle());
        }

        List<String> packageTitles = new ArrayList<>();
        List<String> titlePageHeadings = new ArrayList<>();
        Pattern dcTitle = Pattern.compile("<dc:title[^>]*>([^<]*)</dc:title>");
        Pattern bookTitle = Pattern.compile("<h1 id=\"book-title\"[^>]*>([^<]*)</h1>");
        forEachEntry(out.resolve("tls.epub"), (name, text) -> {
            if (name.endsWith(".opf")) {
                collect(dcTitle.matcher(text), packageTitles);
            }
            if (name.endsWith(".xhtml")) {
                collect(bookTitle.matcher(text), titlePageHeadings);
            }
        });
        assertEquals(List.of(TITLE), packageTitles, "the EPUB package's dc:title");
        assertEquals(List.of(TITLE), titlePageHeadings, "the EPUB title page's heading");
    }

    private static void collect(Matcher matcher, List<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1).strip());
        }
    }

    private interface EntryText {
        void accept(String name, String text);
    }

    private static void forEachEntry(Path epub, EntryText action) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                action.accept(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
