package org.teipress.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.check.EpubCheckMessages;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.Publication;
import org.teipress.core.BundledResources;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/** A small TEI document of its own, covering the whole supported subset, published as EPUB. */
class EpubFormatTest {
    private static final Path SAMPLE = Path.of("src/test/resources/epub/sample.xml");

    @TempDir
    static Path work;

    private static Processor processor;
    private static EpubFormat format;
    private static Normalizer normalizer;
    private static Path epub;
    private static EpubFile file;
    private static XdmNode tei;

    @BeforeAll
    static void publishSample() throws Exception {
        processor = new Processor(false);
        BundledResources resources = new BundledResources();
        Stylesheets stylesheets = new Stylesheets(processor, resources);
        normalizer = new Normalizer(stylesheets);
        format = new EpubFormat(stylesheets, resources);
        epub = work.resolve("sample.epub");
        format.write(publication(SAMPLE), epub);
        file = new EpubFile(epub, processor);
        tei = processor.newDocumentBuilder().build(SAMPLE.toFile());
    }

    private static Publication publication(Path source) throws Exception {
        XdmNode parsed = processor.newDocumentBuilder().build(new StreamSource(source.toFile()));
        return new Publication(source, parsed, normalizer.normalize(parsed));
    }

    @Test
    void epubCheckFindsNothing() {
        assertEquals(List.of(), EpubCheckMessages.of(epub).all());
    }

    @Test
    void everyParagraphNoteAndLinkOfTheSourceIsInTheXhtml() throws Exception {
        EpubContentChecks checks = new EpubContentChecks(file, tei);
        assertEquals(List.of(), checks.missingParagraphs());
        assertEquals(List.of(), checks.missingNotes());
        assertEquals(List.of(), checks.brokenNoteLinks());
        assertEquals(List.of(), checks.unlinkedPointers());
        assertEquals(List.of(), checks.languageAndTitleProblems());
        assertEquals(List.of(), checks.missingGlyphs());
    }

    @Test
    void mimetypeComesFirstAndIsStored() {
        assertEquals("mimetype", file.names().get(0));
        assertEquals(ZipEntry.STORED, file.entry("mimetype").getMethod());
        assertEquals("application/epub+zip", new String(file.bytes("mimetype"), StandardCharsets.US_ASCII));
    }

    @Test
    void packageIsEpub3WithMetadataFromTheHeader() throws Exception {
        XdmNode opf = file.xml("OEBPS/content.opf");
        assertEquals("3.0", file.string(opf, "/opf:package/@version"));
        assertEquals("urn:uuid:0b9f3c52-2d6e-4c1a-8f0e-6a7d2f1e9b44", file.string(opf, "//dc:identifier[@id = /opf:package/@unique-identifier]"));
        assertEquals("2025-03-01T00:00:00Z", file.string(opf, "//opf:meta[@property = 'dcterms:modified']"));
        assertEquals("en", file.string(opf, "//dc:language"));
        assertEquals("Notes on Chinese Printing and Its Rules", file.string(opf, "//dc:title"));
        assertEquals("Ada Tester", file.string(opf, "//dc:creator"));
        assertEquals("nav.xhtml", file.string(opf, "//opf:item[tokenize(@properties) = 'nav']/@href"));
        assertEquals("images/cover.png", file.string(opf, "//opf:item[tokenize(@properties) = 'cover-image']/@href"));
        for (String property : List.of("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:conformsTo")) {
            assertTrue(file.select(opf, "//opf:meta[@property = '" + property + "']").size() > 0, property);
        }
    }

    @Test
    void ncxAndNavigationDocumentListTheSameEntries() throws Exception {
        XdmNode nav = file.xml("OEBPS/nav.xhtml");
        XdmNode ncx = file.xml("OEBPS/toc.ncx");
        List<String> navTargets = file.select(nav, "//h:nav[@epub:type = 'toc']//h:a/@href").stream()
                .map(a -> a.getStringValue()).toList();
        List<String> ncxTargets = file.select(ncx, "//ncx:navPoint/ncx:content/@src").stream()
                .map(a -> a.getStringValue()).toList();
        assertEquals(navTargets, ncxTargets);
        // The third-level div has no xml:id in the source: the entry must use the generated one.
        String deepId = file.string(file.xml("OEBPS/rules.xhtml"), "//h:section[h:h3 = 'A third level']/@id");
        assertTrue(!deepId.isEmpty());
        assertEquals(List.of("titlepage.xhtml", "rules.xhtml", "rules.xhtml#rules-lists",
                "rules.xhtml#" + deepId, "later.xhtml", "sources.xhtml", "references.xhtml"), navTargets);
        assertEquals(List.of("cover", "titlepage", "toc", "bodymatter", "bibliography"),
                file.select(nav, "//h:nav[@epub:type = 'landmarks']//h:a/@epub:type").stream()
                        .map(a -> a.getStringValue()).toList());
    }

    @Test
    void ncxNamesTheBookAsThePackageDoes() throws Exception {
        XdmNode ncx = file.xml("OEBPS/toc.ncx");
        XdmNode opf = file.xml("OEBPS/content.opf");
        assertEquals(file.string(opf, "//dc:identifier"), file.string(ncx, "//ncx:meta[@name = 'dtb:uid']/@content"));
        assertEquals(file.string(opf, "//dc:creator"), file.string(ncx, "//ncx:docAuthor/ncx:text"));
    }

    @Test
    void crossReferencesPointIntoTheDocumentThatHoldsTheTarget() throws Exception {
        XdmNode rules = file.xml("OEBPS/rules.xhtml");
        assertEquals(1, file.select(rules, "//h:a[@href = 'later.xhtml#later']").size());
    }

    @Test
    void sameSourceGivesTheSameBytes() throws Exception {
        Path again = work.resolve("again.epub");
        format.write(publication(SAMPLE), again);
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(again));
    }

    @Test
    void aLineBreakInAHeadingSeparatesWordsInTheContents() throws Exception {
        Path source = variant("<head>Lists</head>", "<head>Short<lb/>lists</head>");
        Path broken = work.resolve("heading-break.epub");
        format.write(publication(source), broken);
        EpubFile published = new EpubFile(broken, processor);
        String entry = published.string(published.xml("OEBPS/nav.xhtml"),
                "//h:nav[@epub:type = 'toc']//h:a[@href = 'rules.xhtml#rules-lists']");
        assertTrue(entry.endsWith("Short lists"), entry);
    }

    @Test
    void sourceWithoutIdentifierIsRejectedWithAFix() throws Exception {
        Path source = variant("<idno type=\"URI\">urn:uuid:0b9f3c52-2d6e-4c1a-8f0e-6a7d2f1e9b44</idno>", "");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> format.write(publication(source), work.resolve("no-id.epub")));
        assertTrue(e.getMessage().contains("<idno type=\"URI\">urn:uuid:"), e.getMessage());
    }

    @Test
    void anElementNoRuleKnowsIsRenderedNotDropped() throws Exception {
        Path source = variant("<p>Deep text", "<p><unknownThing>Deep</unknownThing> text");
        Path published = work.resolve("unknown.epub");
        format.write(publication(source), published);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(published.toFile())) {
            boolean found = zip.stream().filter(e -> e.getName().endsWith(".xhtml")).anyMatch(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .contains("<span class=\"tp-generic\">Deep</span> text");
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            assertTrue(found, "the unknown element's text is in the EPUB, as a phrase of its paragraph");
        }
    }

    private static Path variant(String from, String to) throws Exception {
        String text = Files.readString(SAMPLE);
        assertTrue(text.contains(from), from);
        Path changed = work.resolve("variant-" + Math.abs(from.hashCode()) + ".xml");
        Files.writeString(changed, text.replace(from, to));
        return changed;
    }
}
