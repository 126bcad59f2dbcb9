package org.teipress.source;

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
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The TEI encoding loses nothing of the seed text it was made from: every paragraph and every
 * footnote of the seed appears in report.xml, in order, and each note stands where its mark
 * stood. The seed is a Markdown conversion of the printed pages, so its layout (page breaks,
 * per-page note numbers ①②, Markdown escapes, 《》 typed around titles) is undone before comparing,
 * and the editorial corrections listed in the TEI header are applied to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCompletenessTest {
    private static final Path SEED = Path.of("src/test/resources/seed-report.txt");
    private static final Path REPORT = Path.of("source-xml/report.xml");
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final int NUMBERED_NOTES = 44;
    /** Characters before a note mark compared between seed and TEI to prove the note's position. */
    private static final int ANCHOR_CONTEXT = 6;

    private static final Pattern NOTE_LINE = Pattern.compile("^(?:<sup>)?([\\x{2460}-\\x{2473}])(?:</sup>)?\\s*(.*)$");
    private static final Pattern NOTE_MARK = Pattern.compile("<sup>[\\x{2460}-\\x{2473}]</sup>");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");

    /** Body fragments of the seed: paragraphs, split where the printed page broke them. */
    private final List<String> seedFragments = new ArrayList<>();
    /** For each note mark in the seed body, the text just before it. */
    private final List<String> seedMarkContexts = new ArrayList<>();
    private final List<String> seedNotes = new ArrayList<>();
    private String seedAuthorNote;

    private final Processor processor = new Processor(false);
    private final Stylesheets stylesheets = new Stylesheets(processor, new BundledResources());
    private final StringBuilder teiText = new StringBuilder();
    private final List<String> teiMarkContexts = new ArrayList<>();
    private final List<XdmNode> teiNotes = new ArrayList<>();

    @BeforeAll
    void readBoth() throws IOException, SaxonApiException, PublishException {
        readSeed(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        readTei(processor.newDocumentBuilder().build(new StreamSource(REPORT.toFile())));
    }

    @Test
    void everyParagraphOfTheSeedIsInTheTeiInOrder() {
        assertTrue(seedFragments.size() >= 37, "the seed was read: " + seedFragments.size() + " fragments");
        String tei = teiText.toString();
        int from = 0;
        for (String fragment : seedFragments) {
            int at = tei.indexOf(fragment, from);
            assertTrue(at >= 0, "missing or out of order in report.xml: " + fragment);
            from = at + fragment.length();
        }
    }

    @Test
    void theTeiAddsNoTextOfItsOwn() {
        String seed = String.join("", seedFragments);
        String tei = teiText.toString();
        int differs = 0;
        while (differs < Math.min(seed.length(), tei.length()) && seed.charAt(differs) == tei.charAt(differs)) {
            differs++;
        }
        assertEquals(seed.length(), tei.length(), "the texts differ from: "
                + tei.substring(Math.max(0, differs - 20), Math.min(tei.length(), differs + 40)));
        assertEquals(seed, tei);
    }

    @Test
    void everyFootnoteOfTheSeedIsInTheTeiInOrder() {
        List<XdmNode> numbered = teiNotes.stream().filter(n -> n.getAttributeValue(new QName("n")) == null).toList();
        assertEquals(NUMBERED_NOTES, seedNotes.size(), "numbered notes in the seed");
        assertEquals(NUMBERED_NOTES, numbered.size(), "numbered notes in report.xml");
        for (int i = 0; i < NUMBERED_NOTES; i++) {
            assertEquals(seedNotes.get(i), noteText(numbered.get(i)), "footnote " + (i + 1));
        }
    }

    @Test
    void theAuthorNoteIsInTheTei() {
        XdmNode author = teiNotes.stream().filter(n -> "*".equals(n.getAttributeValue(new QName("n"))))
                .findFirst().orElseThrow(() -> new AssertionError("no note n='*' in report.xml"));
        assertEquals(seedAuthorNote, noteText(author));
    }

    @Test
    void everyNoteStandsWhereItsMarkStood() {
        assertEquals(NUMBERED_NOTES, seedMarkContexts.size(), "note marks in the seed text");
        List<String> numberedContexts = new ArrayList<>();
        for (int i = 0; i < teiNotes.size(); i++) {
            if (teiNotes.get(i).getAttributeValue(new QName("n")) == null) {
                numberedContexts.add(teiMarkContexts.get(i));
            }
        }
        assertEquals(seedMarkContexts, numberedContexts);
    }

    // The seed: Markdown converted from the printed pages.

    private void readSeed(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            Matcher note = NOTE_LINE.matcher(line);
            if (line.isEmpty() || line.equals("---") || line.startsWith("#") || line.startsWith("**关键词")) {
                continue;
            }
            if (note.matches()) {
                seedNotes.add(seedNote(note.group(2)));
            } else if (line.startsWith("\\*")) {
                seedAuthorNote = seedNote(line.substring(2));
            } else if (line.endsWith("\\*")) {
                addSeedParagraph(line.substring(0, line.length() - 2)); // the byline; its * mark is the author note
            } else {
                addSeedParagraph(line.replace("**摘要：**", ""));
            }
        }
    }

    private void addSeedParagraph(String line) {
        String corrected = line.replace(" and ", "和").replace("國", "国");
        Matcher mark = NOTE_MARK.matcher(corrected);
        StringBuilder fragment = new StringBuilder();
        int last = 0;
        while (mark.find()) {
            fragment.append(bodyText(corrected.substring(last, mark.start())));
            String soFar = String.join("", seedFragments) + fragment;
            seedMarkContexts.add(soFar.substring(Math.max(0, soFar.length() - ANCHOR_CONTEXT)));
            last = mark.end();
        }
        fragment.append(bodyText(corrected.substring(last)));
        if (!fragment.isEmpty()) {
            seedFragments.add(fragment.toString());
        }
    }

    /** Body text compared without spaces: print layout put spaces between Han and digits ("2023 年"). */
    private static String bodyText(String markdown) {
        return markdown.replace("\\_", "_").replace("\\*", "*").replaceAll("[《》\\s]", "");
    }

    private static String seedNote(String markdown) {
        String text = MARKDOWN_LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        text = AUTOLINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return collapse(text.replace("\\_", "_").replaceAll("[《》]", ""));
    }

    // The TEI: text as the reader sees it, the gate's reading of the normalised tree
    // (common/plain-text.xsl: corr and reg, not sic and orig; generated 《》, taken off as in the seed).

    private void readTei(XdmNode document) throws PublishException {
        XdmNode normalized = new Normalizer(stylesheets).normalize(document);
        // In the seed's order: the byline (with the author note) stands above the abstract.
        for (XdmItem p : evaluate(normalized, "//tei:text/tei:front/tei:byline,"
                + " //tei:profileDesc/tei:abstract//tei:p, //tei:text//tei:p[not(ancestor::tei:note)]")) {
            collectBody((XdmNode) p);
        }
    }

    /** The paragraph's text, cut at the marks of its notes (each note's tp:mark, in order). */
    private void collectBody(XdmNode paragraph) {
        String shown = readerText(paragraph);
        int from = 0;
        for (XdmItem item : evaluate(paragraph, ".//tei:note[not(ancestor::tei:note)]")) {
            XdmNode note = (XdmNode) item;
            String mark = note.getAttributeValue(new QName("urn:tei-press:normalized", "mark"));
            int at = shown.indexOf(mark, from);
            assertTrue(at >= 0, "the mark " + mark + " is in the text of its paragraph: " + shown);
            teiText.append(bodyText(shown.substring(from, at)));
            teiNotes.add(note);
            teiMarkContexts.add(teiText.substring(Math.max(0, teiText.length() - ANCHOR_CONTEXT)));
            from = at + mark.length();
        }
        teiText.append(bodyText(shown.substring(from)));
    }

    private String noteText(XdmNode note) {
        // A no-break space (Russian initials, number and month) is a space the seed could not show.
        return collapse(readerText(note).replace('\u00A0', ' ').replaceAll("[《》]", ""));
    }

    private String readerText(XdmNode element) {
        try {
            return stylesheets.executable("reader-text.xsl").load30()
                    .callFunction(new QName("urn:tei-press:functions", "reader-text"), new XdmValue[] {element})
                    .itemAt(0).getStringValue();
        } catch (SaxonApiException | PublishException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<XdmItem> evaluate(XdmNode context, String xpath) {
        var compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", TEI);
        compiler.declareNamespace("tp", "urn:tei-press:normalized");
        try {
            List<XdmItem> items = new ArrayList<>();
            compiler.evaluate(xpath, context).forEach(items::add);
            return items;
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
