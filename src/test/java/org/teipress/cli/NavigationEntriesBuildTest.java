package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shapes of real TEI that once gave empty navigation: a wrapper division without a head (a
 * CTS edition), a headless poem among headed ones with a headed part inside, and a keyword left
 * blank (DraCor's empty genreTitle). The build must pass the gate (EPUBCheck, the PDF outline
 * check), and the PDF outline and EPUB contents must list the same, non-empty, nested entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationEntriesBuildTest {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
            <teiHeader><fileDesc><titleStmt><title>Three poems</title></titleStmt>
            <publicationStmt><p>Published by nobody</p></publicationStmt>
            <sourceDesc><p>Born digital</p></sourceDesc></fileDesc>
            <profileDesc><textClass><keywords><term type="genreTitle"/><term>Comedy</term></keywords></textClass></profileDesc>
            </teiHeader>
            <text><body><div n="urn:cts:latinLit:example.poems">
            <div n="1"><p>The first poem has no heading at all, only these words about the morning.</p></div>
            <div n="2"><head>Second poem</head><p>The second poem speaks of the noon and the market.</p>
            <div><head>Inner part</head><p>Its inner part speaks of the evening and the lamps.</p></div>
            </div>
            </div></body></text></TEI>
            """;

    private Path out;

    @BeforeAll
    void build(@TempDir Path buildDir) throws Exception {
        Path source = CliRun.write(buildDir.resolve("poems.xml"), SOURCE);
        Toolchain toolchain = new Toolchain();
        out = buildDir.resolve("out");
        CliRun build = CliRun.run(() -> toolchain, "build", source.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, build.exit(), "the gate (EPUBCheck, PDF outline) passes: " + build);
    }

    @Test
    void pdfOutlineNamesTheHeadlessWrapperAndNestsHeadedDivisionsAtTheirDepth() throws IOException {
        List<String> outline = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("poems.pdf").toFile())) {
            assertTrue(pdf.getDocumentCatalog().getDocumentOutline() != null, "the PDF has an outline");
            flatten(pdf.getDocumentCatalog().getDocumentOutline(), 1, outline);
        }
        assertEquals(List.of("1 Section 1", "2 Second poem", "3 Inner part"), withoutNumbers(outline));
    }

    @Test
    void epubContentsListTheSameEntriesWithTextInEveryAnchor() throws Exception {
        Document nav = epubXml("OEBPS/nav.xhtml");
        Element toc = (Element) nav.getElementsByTagNameNS("*", "nav").item(0);
        List<String> entries = new ArrayList<>();
        NodeList anchors = toc.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            assertFalse(anchor.getTextContent().isBlank(), "anchor " + anchor.getAttribute("href") + " has text");
            int depth = 0;
            for (org.w3c.dom.Node n = anchor.getParentNode(); n != toc; n = n.getParentNode()) {
                depth += n.getLocalName().equals("ol") ? 1 : 0;
            }
            entries.add(depth + " " + anchor.getTextContent().trim());
        }
        // The title page comes first at the top level; the divisions follow as in the PDF outline
        // (the headless poem without headed parts has no entry in either).
        assertEquals(List.of("1 Three poems", "1 Section 1", "2 Second poem", "3 Inner part"),
                withoutNumbers(entries));
    }

    @Test
    void packageHasNoEmptySubject() throws Exception {
        NodeList subjects = epubXml("OEBPS/content.opf").getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "subject");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < subjects.getLength(); i++) {
            texts.add(subjects.item(i).getTextContent());
        }
        assertEquals(List.of("Comedy"), texts);
    }

    private Document epubXml(String entry) throws Exception {
        try (ZipFile epub = new ZipFile(out.resolve("poems.epub").toFile());
                InputStream in = epub.getInputStream(epub.getEntry(entry))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static void flatten(PDOutlineNode node, int level, List<String> entries) {
        for (PDOutlineItem item : node.children()) {
            entries.add(level + " " + item.getTitle());
            flatten(item, level + 1, entries);
        }
    }

    /** Drops the printed section numbers (their format is the locale's business, not this test's). */
    private static List<String> withoutNumbers(List<String> entries) {
        return entries.stream().map(e -> e.replaceFirst("^(\\d+) [\\dIVXivxa-c.]+\\s+(?=[A-Z])", "$1 ")).toList();
    }
}
