package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fop.apps.FopFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.validate.TeiValidator;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/**
 * The per-document font subsets FOP reads instead of the complete files: they must hold every
 * character the document's XSL-FO sets (else FOP parses the complete 15 MB files behind them on
 * every layout pass), and a layout with them must be the layout with the complete fonts.
 */
class DocumentFontsTest {
    private static Processor processor;
    private static Stylesheets stylesheets;
    private static ParsedFonts fonts;
    private static BundledFonts bundled;
    private static Pipeline pipeline;

    @TempDir
    Path out;

    @BeforeAll
    static void prepare() throws Exception {
        processor = new Processor(false);
        BundledResources resources = new BundledResources();
        stylesheets = new Stylesheets(processor, resources);
        fonts = ParsedFonts.of(resources);
        bundled = new BundledFonts(resources, fonts.catalog());
        pipeline = new Pipeline(new TeiValidator(processor, resources), new Normalizer(stylesheets), Progress.silent());
    }

    /** The report (Chinese, notes numbered per page) and fallback.xml (Hebrew and MUFI characters). */
    @Test
    void subsetsHoldEveryCharacterOfTheFo() throws Exception {
        for (Path source : List.of(Path.of("source-xml/report.xml"), resource("fallback.xml"))) {
            Publication publication = pipeline.prepare(source);
            DocumentFonts.Subsets subsets = new DocumentFonts(fonts, new BundledResources())
                    .subsets(publication.normalized());
            Set<Integer> foCharacters = textOf(fo(publication));
            if (source.endsWith("report.xml")) {
                // The stylesheets write the space before every note mark as a character reference.
                assertTrue(foCharacters.contains(0xFEFF), source + ": no U+FEFF in its FO");
            }
            for (String file : fonts.catalog().files()) {
                try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(subsets.bytes(file)))) {
                    CmapLookup cmap = subset.getUnicodeCmapLookup();
                    List<String> missing = new ArrayList<>();
                    for (int c : foCharacters) {
                        if (fonts.hasGlyph(file, c) && cmap.getGlyphId(c) == 0) {
                            missing.add(String.format("U+%04X", c));
                        }
                    }
                    assertEquals(List.of(), missing, source + ": characters of the FO that " + file
                            + " has and its subset lacks");
                }
            }
        }
    }

    /** A rebuild wants the same characters and gets the subsets already cut; another document does not. */
    @Test
    void aRebuildReusesTheSubsetsOfItsCharacters() throws Exception {
        DocumentFonts documentFonts = new DocumentFonts(fonts, new BundledResources());
        Publication sample = pipeline.prepare(resource("sample.xml"));
        byte[] first = documentFonts.subsets(sample.normalized()).bytes("Cardo-Regular.ttf");
        byte[] again = documentFonts.subsets(pipeline.prepare(resource("sample.xml")).normalized())
                .bytes("Cardo-Regular.ttf");
        assertSame(first, again);
        byte[] other = documentFonts.subsets(pipeline.prepare(resource("fallback.xml")).normalized())
                .bytes("Cardo-Regular.ttf");
        assertNotSame(first, other);
        assertFalse(Arrays.equals(first, other), "fallback.xml sets MUFI characters that sample.xml lacks");
    }

    /** Same layout (FOP's intermediate format) and the same text on every page, with subsets or without. */
    @Test
    void subsetsLayOutAsTheCompleteFontsDo() throws Exception {
        Publication publication = pipeline.prepare(resource("paged-notes.xml"));
        FopFactories factories = new FopFactories(bundled);
        FopFactory complete = factories.create();
        FopFactory subset = factories.create(new DocumentFonts(fonts, new BundledResources())
                .subsets(publication.normalized()));
        XdmNode withComplete = layOut(publication, complete);
        XdmNode withSubsets = layOut(publication, subset);
        assertEquals(withComplete.toString(), withSubsets.toString());

        List<String> completePages = pages(render(withComplete, complete, "complete.pdf"));
        List<String> subsetPages = pages(render(withSubsets, subset, "subsets.pdf"));
        assertTrue(completePages.size() >= 3, completePages.size() + " pages");
        assertEquals(completePages, subsetPages);
    }

    private XdmNode layOut(Publication publication, FopFactory factory) throws Exception {
        RenderingProblems problems = new RenderingProblems();
        FootnoteLayout layout = new PagedLayout(stylesheets, factory, parameters(), problems, new Date(0))
                .layOut(publication, List.of());
        problems.throwIfAny(publication.source());
        return layout.intermediate();
    }

    private Path render(XdmNode intermediate, FopFactory factory, String name) throws Exception {
        Path pdf = out.resolve(name);
        RenderingProblems problems = new RenderingProblems();
        new IntermediateRendering(processor, factory, problems, new Date(0)).render(intermediate, pdf);
        problems.throwIfAny(pdf);
        return pdf;
    }

    private static List<String> pages(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    /** The FO of the first layout pass, with the family lists PdfFormat gives a Chinese document. */
    private static XdmNode fo(Publication publication) throws Exception {
        XdmDestination fo = new XdmDestination();
        stylesheets.transform("tei-to-fo.xsl", publication.normalized(), parameters(), fo);
        return fo.getXdmNode();
    }

    private static Map<String, XdmValue> parameters() {
        return Map.of("page-size", new XdmAtomicValue(PdfFormat.DEFAULT_PAGE_SIZE),
                "han-font", new XdmAtomicValue(bundled.familyList("hani", "zh")),
                "western-font", new XdmAtomicValue(bundled.familyList("latn", "zh")),
                "note-numbers", new XdmMap(Map.of()));
    }

    private static Set<Integer> textOf(XdmNode tree) {
        Set<Integer> characters = new TreeSet<>();
        tree.axisIterator(Axis.DESCENDANT).forEachRemaining(node -> {
            if (node.getNodeKind() == XdmNodeKind.TEXT) {
                node.getStringValue().codePoints().forEach(characters::add);
            }
        });
        return characters;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(DocumentFontsTest.class.getResource(name).toURI());
    }
}
