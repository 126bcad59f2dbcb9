package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.core.BundledResources;
import org.teipress.validate.TeiValidator;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/** Footnote numbers restart on every page: paged-notes.xml has forty footnotes over several pages. */
class PagedFootnotesTest {
    private static final float FOOTNOTE_SIZE = 8.5f;

    private static Stylesheets stylesheets;
    private static Publication paged;
    private static TeiFacts expected;

    @TempDir
    Path out;

    @BeforeAll
    static void prepare() throws Exception {
        Processor processor = new Processor(false);
        stylesheets = new Stylesheets(processor, new BundledResources());
        Path source = Path.of(PagedFootnotesTest.class.getResource("paged-notes.xml").toURI());
        paged = new Pipeline(new TeiValidator(processor, new BundledResources()), new Normalizer(stylesheets), Progress.silent())
                .prepare(source);
        expected = new TeiFacts(processor, source);
    }

    @Test
    void marksAndNoteNumbersStartAtOneOnEveryPage() throws Exception {
        List<String> stages = new ArrayList<>();
        Progress heard = (stage, detail, took) -> stages.add(stage + ": " + detail);
        Path pdf = out.resolve("paged-notes.pdf");
        new PdfFormat(stylesheets, new BundledResources(), PdfFormat.DEFAULT_PAGE_SIZE).write(paged, pdf, heard);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PdfFacts.PageMarks> pages = new PdfFacts(document).noteMarks(FOOTNOTE_SIZE);
            assertTrue(pages.size() >= 3, "pages with footnotes: " + pages);
            int notes = 0;
            for (PdfFacts.PageMarks page : pages) {
                List<Integer> oneToN = IntStream.rangeClosed(1, page.inNotes().size()).boxed().toList();
                assertEquals(oneToN, page.inNotes(), "note numbers on page " + page.page());
                assertEquals(oneToN, page.inText(), "marks in the text on page " + page.page());
                notes += page.inNotes().size();
            }
            assertEquals(expected.footnoteIds().size() - 1, notes, "every footnote but the author's is numbered");
            // Still a tagged PDF: each footnote is a Note element with its source id.
            assertEquals(expected.footnoteIds(), new PdfFacts(document).noteIds());
        }
        // Circled numbers up to ⑳ are one width: the pages' numbers are written into the first layout.
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("pdf-layout: 1 layout passes, footnotes numbered per page,"
                + " the pages' numbers written into the layout")), stages.toString());
    }

    @Test
    void numbersWrittenIntoTheFirstLayoutGiveTheLayoutASecondPassWould() throws Exception {
        // Two formats: one remembers the numbers of its last layout and would start from them.
        FootnoteLayout renumbered = new PdfFormat(stylesheets, new BundledResources()).layOut(paged, true);
        FootnoteLayout laidOutAgain = new PdfFormat(stylesheets, new BundledResources()).layOut(paged, false);
        assertEquals(1, renumbered.passes());
        assertTrue(renumbered.renumbered());
        assertTrue(laidOutAgain.passes() >= 2, "passes: " + laidOutAgain.passes());
        assertEquals(laidOutAgain.numbers(), renumbered.numbers());
        assertEquals(laidOutAgain.intermediate().toString(), renumbered.intermediate().toString());
    }

    @Test
    void numbersOfAnotherWidthOrLineBreakingAreLaidOutAgain() throws Exception {
        // Twenty-four notes on one page: ㉑ to ㉔ break lines as ideographs, ① to ⑳ do not.
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            notes.append("注").append(i).append("<note place='foot' xml:id='m").append(i).append("'>注文。</note>");
        }
        Path source = Files.writeString(out.resolve("crowded.xml"), Files.readString(
                Path.of(PagedFootnotesTest.class.getResource("sample.xml").toURI()))
                .replaceFirst("<p xml:lang=\"en\">", "<p>" + notes + "</p><p xml:lang=\"en\">"));
        Publication crowded = new Pipeline(new TeiValidator(stylesheets.processor(), new BundledResources()),
                new Normalizer(stylesheets), Progress.silent()).prepare(source);
        FootnoteLayout layout = new PdfFormat(stylesheets, new BundledResources()).layOut(crowded);
        assertTrue(layout.stable(), "unsettled: " + layout.unsettled());
        assertFalse(layout.renumbered());
        assertTrue(layout.passes() >= 2, "passes: " + layout.passes());
        // All on the first page, after the sample's own two notes: ③ to ㉖.
        assertEquals(IntStream.rangeClosed(3, 26).boxed().toList(),
                IntStream.rangeClosed(1, 24).mapToObj(i -> layout.numbers().get("m" + i)).toList());
    }

    @Test
    void layoutIsStableWithinTheBoundedPasses() throws Exception {
        FootnoteLayout layout = new PdfFormat(stylesheets, new BundledResources()).layOut(paged, false);
        assertTrue(layout.passes() >= 2 && layout.passes() <= PagedLayout.MAX_PASSES, "passes: " + layout.passes());
        assertTrue(layout.stable(), "unsettled: " + layout.unsettled());
        // The numbers the last pass was laid out with are those its own pages give.
        List<String> numbered = new ArrayList<>(expected.footnoteIds());
        numbered.remove("author");
        Set<String> markIds = new LinkedHashSet<>();
        numbered.forEach(id -> markIds.add(FootnotePages.markId(id)));
        Map<String, Integer> fromLayout = FootnotePages.number(numbered, MarkPages.read(layout.intermediate(), markIds));
        assertEquals(fromLayout, layout.numbers());
        assertEquals(numbered.size(), layout.numbers().size());
        assertTrue(layout.numbers().values().stream().filter(n -> n == 1).count() >= 3, layout.numbers().toString());
        assertTrue(layout.extra().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void aRebuildInTheSameJvmLaysOutOnceAndWritesTheSameBytes() throws Exception {
        PdfFormat format = new PdfFormat(stylesheets, new BundledResources(), PdfFormat.DEFAULT_PAGE_SIZE);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Path one = out.resolve("first.pdf");
        Path two = out.resolve("second.pdf");
        format.write(paged, one, (stage, detail, took) -> first.add(stage + ": " + detail));
        format.write(paged, two, (stage, detail, took) -> second.add(stage + ": " + detail));
        assertTrue(first.stream().anyMatch(s -> s.matches("pdf-layout: 1 layout passes.* written into the layout.*")),
                first.toString());
        // The numbers of the last layout hold: nothing to write into this one.
        assertTrue(second.stream().anyMatch(s -> s.matches("pdf-layout: 1 layout passes, footnotes numbered per page \\(.*")),
                second.toString());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void aRebuildInANewProcessStartsFromThePreviousPdfAndWritesTheSameBytes() throws Exception {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Path previous = out.resolve("previous.pdf");
        Path rebuilt = out.resolve("rebuilt.pdf");
        new PdfFormat(stylesheets, new BundledResources(), PdfFormat.DEFAULT_PAGE_SIZE)
                .write(paged, previous, (stage, detail, took) -> first.add(stage + ": " + detail));
        // A fresh format knows no earlier layout, as in a new process; it reads the published PDF.
        new PdfFormat(stylesheets, new BundledResources(), PdfFormat.DEFAULT_PAGE_SIZE)
                .write(paged, rebuilt, previous, (stage, detail, took) -> second.add(stage + ": " + detail));
        assertTrue(first.stream().anyMatch(s -> s.matches("pdf-layout: 1 layout passes.* written into the layout.*")),
                first.toString());
        assertTrue(second.stream().anyMatch(s -> s.matches("pdf-layout: 1 layout passes, footnotes numbered per page \\(.*")),
                second.toString());
        assertArrayEquals(Files.readAllBytes(previous), Files.readAllBytes(rebuilt));
    }

    @Test
    void thePreviousPdfGivesThePageOfEveryNumberedMark() throws Exception {
        Path pdf = out.resolve("paged-notes.pdf");
        new PdfFormat(stylesheets, new BundledResources(), PdfFormat.DEFAULT_PAGE_SIZE).write(paged, pdf, Progress.silent());
        FootnoteLayout layout = new PdfFormat(stylesheets, new BundledResources()).layOut(paged);
        List<String> numbered = new ArrayList<>(expected.footnoteIds());
        numbered.remove("author");
        assertEquals(layout.numbers(), FootnotePages.number(numbered, PreviousMarkPages.read(pdf)));
    }

    @Test
    void aMissingOrForeignPreviousFileGivesNoPages() throws Exception {
        assertEquals(Map.of(), PreviousMarkPages.read(out.resolve("absent.pdf")));
        Path notPdf = Files.writeString(out.resolve("text.pdf"), "not a PDF");
        assertEquals(Map.of(), PreviousMarkPages.read(notPdf));
        assertEquals(Map.of(), PreviousMarkPages.read(null));
    }

    @Test
    void aWrongPredictionStillEndsAtTheNumbersOfThePages() throws Exception {
        List<String> numbered = new ArrayList<>(expected.footnoteIds());
        numbered.remove("author");
        Map<String, Integer> allOnes = new java.util.HashMap<>();
        numbered.forEach(id -> allOnes.put(id, 1));
        FootnoteLayout unpredicted = layout().layOut(paged, numbered);
        FootnoteLayout mispredicted = layout().layOut(paged, numbered, allOnes);
        assertTrue(mispredicted.stable(), "unsettled: " + mispredicted.unsettled());
        assertEquals(unpredicted.numbers(), mispredicted.numbers());
    }

    @Test
    void notesNumberedOtherThanPerPageNeedOneLayout() throws Exception {
        XsltExecutable marking = stylesheets.processor().newXsltCompiler().compile(new StreamSource(new StringReader(
                "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
                + " xmlns:tp='urn:tei-press:normalized'><xsl:mode on-no-match='shallow-copy'/>"
                + "<xsl:template match='/*'><xsl:copy><xsl:apply-templates select='@*'/>"
                + "<xsl:attribute name='tp:note-numbering' select=\"'continuous'\"/>"
                + "<xsl:apply-templates/></xsl:copy></xsl:template></xsl:stylesheet>")));
        XdmDestination marked = new XdmDestination();
        Xslt30Transformer transformer = marking.load30();
        transformer.transform(paged.normalized().asSource(), marked);
        Publication continuous = new Publication(paged.source(), paged.tei(), marked.getXdmNode());
        List<String> stages = new ArrayList<>();
        new PdfFormat(stylesheets, new BundledResources()).write(continuous, out.resolve("continuous.pdf"),
                (stage, detail, took) -> stages.add(stage + ": " + detail));
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("pdf-layout: 1 layout passes")), stages.toString());
    }

    private static PagedLayout layout() throws Exception {
        BundledResources resources = new BundledResources();
        return new PagedLayout(stylesheets, new FopFactories(new BundledFonts(resources,
                org.teipress.fonts.ParsedFonts.of(resources).catalog())).create(),
                Map.of("page-size", new net.sf.saxon.s9api.XdmAtomicValue(PdfFormat.DEFAULT_PAGE_SIZE)),
                new RenderingProblems(), new java.util.Date(0));
    }

    @Test
    void numbersRestartPerPageInDocumentOrder() {
        Map<String, Integer> numbers = FootnotePages.number(List.of("a", "b", "c", "d", "e"),
                Map.of("ref-a", 0, "ref-b", 0, "ref-c", 1, "ref-e", 3));
        assertEquals(Map.of("a", 1, "b", 2, "c", 1, "e", 1), numbers);
        assertEquals(List.of("d"), FootnotePages.unplaced(List.of("a", "d"), Map.of("ref-a", 2)));
    }
}
