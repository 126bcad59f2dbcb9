package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;
import org.teipress.validate.TeiValidator;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/** Renders a small TEI document of its own (sample.xml) and reads the PDF back. */
class PdfFormatTest {
    private static final double MM = 72 / 25.4;

    private static Processor processor;
    private static Stylesheets stylesheets;
    private static Publication sample;
    private static TeiFacts expected;

    @TempDir
    Path out;

    @BeforeAll
    static void prepare() throws Exception {
        processor = new Processor(false);
        stylesheets = new Stylesheets(processor, new BundledResources());
        Path source = resource("sample.xml");
        Pipeline pipeline = new Pipeline(new TeiValidator(processor, new BundledResources()), new Normalizer(stylesheets), Progress.silent());
        sample = pipeline.prepare(source);
        expected = new TeiFacts(processor, source);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PdfFormatTest.class.getResource(name).toURI());
    }

    private PDDocument render(String pageSize) throws PublishException, IOException {
        Path pdf = out.resolve("sample-" + pageSize + ".pdf");
        new PdfFormat(stylesheets, new BundledResources(), pageSize).write(sample, pdf);
        return Loader.loadPDF(pdf.toFile());
    }

    @Test
    void everyFontIsEmbeddedAsSubset() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            var fonts = new PdfFacts(pdf).fonts();
            assertFalse(fonts.isEmpty());
            for (PdfFacts.UsedFont font : fonts) {
                assertTrue(font.embedded(), font + " is not embedded");
                assertTrue(font.subset(), font + " is not a subset");
            }
            // The Latin paragraph and the Russian note must not be set in the Han font.
            assertTrue(fonts.stream().anyMatch(f -> f.name().endsWith("+NotoSerif-Regular")), fonts.toString());
        }
    }

    @Test
    void traditionalChineseIsSetInTheTraditionalFace() throws Exception {
        Path source = out.resolve("sample-zh-Hant.xml");
        java.nio.file.Files.writeString(source, java.nio.file.Files.readString(resource("sample.xml"))
                .replaceFirst("xml:lang=\"zh-Hans\"", "xml:lang=\"zh-Hant\""));
        Publication traditional = new Pipeline(new TeiValidator(processor, new BundledResources()),
                new Normalizer(stylesheets), Progress.silent()).prepare(source);
        Path pdfFile = out.resolve("sample-zh-Hant.pdf");
        new PdfFormat(stylesheets, new BundledResources()).write(traditional, pdfFile);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            var fonts = new PdfFacts(pdf).fonts();
            // The sample's text is Simplified; characters the Traditional face lacks (罗) still come
            // from Noto Serif SC, next in the list.
            assertTrue(fonts.stream().anyMatch(f -> f.name().endsWith("+NotoSerifTC-Regular")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.name().endsWith("+NotoSerifTC-Bold")), fonts.toString());
        }
    }

    /**
     * fallback.xml has Hebrew words (one in bold) and MUFI private-use characters (U+F1E6,
     * U+EF91, U+E425), which no body family has: the fallback families of fonts.xml set them.
     */
    @Test
    void fallbackFamiliesSetWhatTheBodyFamiliesLack() throws Exception {
        Publication fallback = new Pipeline(new TeiValidator(processor, new BundledResources()),
                new Normalizer(stylesheets), Progress.silent()).prepare(resource("fallback.xml"));
        Path pdfFile = out.resolve("fallback.pdf");
        new PdfFormat(stylesheets, new BundledResources()).write(fallback, pdfFile);
        try (org.teipress.check.PdfUnderTest pdf = org.teipress.check.PdfUnderTest.open(pdfFile)) {
            org.teipress.check.PdfRendering rendering = pdf.rendering();
            assertTrue(rendering.notdef().isEmpty(), rendering.notdef().toString());
            for (int hebrew : "צפת".codePoints().toArray()) {
                assertEquals(List.of("NotoSerifHebrew-Regular"), fontNames(rendering.fontsOf(hebrew)));
            }
            assertEquals(List.of("NotoSerifHebrew-Bold"), fontNames(rendering.fontsOf('ש')));
            for (int mufi : new int[] {0xF1E6, 0xEF91, 0xE425}) {
                assertEquals(List.of("Cardo-Regular"), fontNames(rendering.fontsOf(mufi)), Integer.toHexString(mufi));
            }
            // Latin letters stay in the body family: the fallback sets only what it lacks.
            assertTrue(rendering.fontsOf('m').stream().noneMatch(f -> f.contains("Cardo")), rendering.fontsOf('m').toString());
            // Right to left: drawn reordered, the Hebrew word extracts in reading (logical) order.
            String text = TeiFacts.withoutSpaces(rendering.text());
            assertTrue(text.contains("placenameצפתisSafed"), text);
            assertTrue(text.contains("bold:ירושליםand"), text);
        }
    }

    /** Font names without the subset tag (ABCDEF+). */
    private static List<String> fontNames(java.util.Set<String> fonts) {
        return fonts.stream().map(f -> f.substring(f.indexOf('+') + 1)).distinct().sorted().toList();
    }

    @Test
    void titleLanguageAndArchivalModesComeFromTheHeader() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            PdfFacts facts = new PdfFacts(pdf);
            assertEquals(expected.title(), facts.title());
            assertTrue(facts.displaysTitle(), "PDF/UA wants the title, not the file name, in the window");
            assertEquals(expected.language(), facts.language());
            String xmp = facts.xmp();
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"),
                    "PDF/A-2u identification missing from XMP");
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA-1 identification missing from XMP");
            assertTrue(xmp.contains(expected.title()), "XMP lacks the title");
            assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null
                    && pdf.getDocumentCatalog().getMarkInfo().isMarked(), "the PDF is not tagged");
        }
    }

    @Test
    void russianNoteIsTaggedInRussian() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            assertTrue(new PdfFacts(pdf).structureLanguages().contains("ru"),
                    "no structure element declares /Lang ru");
        }
    }

    /** What FOP 2.11 leaves out and PDF/UA-1 asks for (ISO 14289-1, 7.9 and 7.18.5). */
    @Test
    void notesHaveIdsAndLinksHaveDescriptions() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            PdfFacts facts = new PdfFacts(pdf);
            List<String> ids = facts.noteIds();
            assertEquals(expected.footnoteIds(), ids);
            for (String id : ids) {
                assertEquals("Note", facts.elementWithId(id).getStructureType(), "ID tree entry " + id);
            }
            assertEquals(0, facts.linksWithoutDescription(), "links without /Contents");
        }
    }

    @Test
    void outlineHasEverySectionWithItsNumber() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            List<PdfFacts.Bookmark> outline = new PdfFacts(pdf).outline().stream()
                    .map(b -> new PdfFacts.Bookmark(b.depth(), TeiFacts.withoutSpaces(b.title()))).toList();
            assertEquals(expected.outline(), outline);
        }
    }

    @Test
    void everyPointerIsALiveLinkAndNotesLinkBothWays() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            PdfFacts facts = new PdfFacts(pdf);
            // A URL broken across lines has one link annotation per line.
            assertEquals(new LinkedHashSet<>(expected.pointerTargets()), new LinkedHashSet<>(facts.uriLinks()));
            assertEquals(2 * expected.footnotes() + expected.citations(), facts.internalLinks(),
                    "mark → note, note → mark, and reference list → citing note");
        }
    }

    @Test
    void textExtractsWithTheRightCharacters() throws Exception {
        try (PDDocument pdf = render(PdfFormat.DEFAULT_PAGE_SIZE)) {
            String text = TeiFacts.withoutSpaces(new PdfFacts(pdf).text());
            for (String title : expected.titlesIn("ru")) {
                assertTrue(text.contains(TeiFacts.withoutSpaces(title)), "Russian title missing: " + title);
            }
            for (String title : expected.titlesIn("zh")) {
                assertTrue(text.contains("《" + TeiFacts.withoutSpaces(title) + "》"), "Chinese title missing: " + title);
            }
            for (String url : expected.pointerTargets()) {
                assertTrue(text.contains(url), "URL not extractable as one string: " + url);
            }
            assertFalse(text.contains("数子化"), "the sic reading is printed instead of the correction");
            assertFalse(expected.paragraphOpenings().isEmpty());
            for (String opening : expected.paragraphOpenings()) {
                assertTrue(text.contains(opening), "paragraph does not extract as written: " + opening);
            }
        }
    }

    @Test
    void pageSizeIsAParameter() throws Exception {
        assertPageSize("A4", 210, 297);
        assertPageSize("A5", 148, 210);
        assertPageSize(PdfFormat.DEFAULT_PAGE_SIZE, 185, 260);
    }

    private void assertPageSize(String pageSize, double widthMm, double heightMm) throws Exception {
        try (PDDocument pdf = render(pageSize)) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(widthMm, box.getWidth() / MM, 0.5, pageSize + " width");
            assertEquals(heightMm, box.getHeight() / MM, 0.5, pageSize + " height");
        }
    }

    /** subset.xml uses every element of the project's TEI subset at least once. */
    @Test
    void wholeTeiSubsetRenders() throws Exception {
        Path source = resource("subset.xml");
        Publication subset = new Pipeline(new TeiValidator(processor, new BundledResources()), new Normalizer(stylesheets),
                Progress.silent()).prepare(source);
        Path pdfFile = out.resolve("subset.pdf");
        new PdfFormat(stylesheets, new BundledResources()).write(subset, pdfFile);
        TeiFacts subsetFacts = new TeiFacts(processor, source);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PdfFacts facts = new PdfFacts(pdf);
            String text = TeiFacts.withoutSpaces(facts.text());
            assertTrue(text.contains("国家与正字") && !text.contains("錯字") && !text.contains("國"),
                    "corrections and regularisations are printed, not the originals");
            assertTrue(text.contains("<note>"), "gi is shown as an element name");
            assertTrue(text.contains("«цитатой»"), "Russian quotation marks");
            assertTrue(text.contains("注释"), "endnotes are listed under their heading");
            assertEquals(java.util.Set.of("https://example.org/ref", "https://example.org/ivanov"),
                    new LinkedHashSet<>(facts.uriLinks()));
            assertEquals(subsetFacts.outline(), facts.outline().stream()
                    .map(b -> new PdfFacts.Bookmark(b.depth(), TeiFacts.withoutSpaces(b.title()))).toList());
            // The Russian paragraph is a block; FOP 2.11 tags languages of blocks only, so the
            // inline English foreign phrase has none of its own.
            assertTrue(facts.structureLanguages().contains("ru"), facts.structureLanguages().toString());
        }
    }

    @Test
    void missingFontIsAClearError() {
        ClassLoader withoutFonts = new ClassLoader(PdfFormatTest.class.getClassLoader()) {
            @Override
            public java.net.URL getResource(String name) {
                return name.startsWith("tei-press/fonts/") && name.endsWith(".ttf") ? null : super.getResource(name);
            }
        };
        PublishException e = assertThrows(PublishException.class, () -> new PdfFormat(stylesheets,
                new BundledResources(withoutFonts)).write(sample, out.resolve("no-fonts.pdf")));
        assertTrue(e.getMessage().contains("NotoSerif"), e.getMessage());
    }

    @Test
    void unknownPageSizeIsRefusedWithTheChoices() {
        PublishException e = assertThrows(PublishException.class, () -> render("letter"));
        assertTrue(e.getMessage().contains("A4") && e.getMessage().contains("letter"), e.getMessage());
    }
}
