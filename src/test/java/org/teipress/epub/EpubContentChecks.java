package org.teipress.epub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What a published EPUB must hold of its TEI source, checked on the files as a reader gets
 * them. Each check returns the problems it found, so a failing test lists all of them.
 */
final class EpubContentChecks {
    /** Characters the stylesheet generates around text (brackets, quotation marks, gi's <>). */
    private static final String GENERATED = "《》“”«»<>";
    /** TEI text as a reader sees it (ptr has no text; its URL is checked as a link): no note bodies inside, corrected readings only. */
    private static final String READER_TEXT = "let $e := . return string-join($e/descendant::text()"
            + "[not(ancestor::tei:note intersect $e/descendant::tei:note)]"
            + "[not(ancestor::tei:sic[parent::tei:choice] | ancestor::tei:orig[parent::tei:choice])])";
    /** XHTML text as the source has it: no note references, back-links, URLs or item labels (the model's, not the source's text). */
    private static final String XHTML_TEXT = "let $e := . return string-join($e/descendant::text()"
            + "[not(ancestor::h:a[@epub:type = 'noteref'] | ancestor::h:a[@role = 'doc-backlink']"
            + " | ancestor::h:a[tokenize(@class) = 'url'] | ancestor::h:span[tokenize(@class) = 'tp-item-label'])])";

    private final EpubFile epub;
    private final XdmNode tei;
    private final Map<String, XdmNode> documents;

    EpubContentChecks(EpubFile epub, XdmNode tei) throws SaxonApiException {
        this.epub = epub;
        this.tei = tei;
        this.documents = epub.contentDocuments();
    }

    /** Every paragraph of the text and of the abstract is in some XHTML paragraph. */
    List<String> missingParagraphs() throws SaxonApiException {
        List<String> xhtml = new ArrayList<>();
        for (XdmNode document : documents.values()) {
            for (XdmItem p : epub.select(document, "//h:p | //h:div[tokenize(@class) = 'p']")) {
                xhtml.add(comparable(epub.string(p, XHTML_TEXT)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (XdmItem p : epub.select(tei, "//tei:text//tei:p[not(ancestor::tei:note)] | //tei:abstract/tei:p")) {
            String expected = comparable(epub.string(p, READER_TEXT));
            if (xhtml.stream().noneMatch(text -> text.contains(expected))) {
                missing.add(shorten(expected));
            }
        }
        return missing;
    }

    /** Every note is an aside with its id whose text holds the note's text. */
    List<String> missingNotes() throws SaxonApiException {
        Map<String, String> asides = new LinkedHashMap<>();
        for (XdmNode document : documents.values()) {
            for (XdmItem aside : epub.select(document, "//h:aside[@epub:type = 'footnote']")) {
                asides.put(epub.string(aside, "@id"), comparable(epub.string(aside, XHTML_TEXT)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (XdmItem note : epub.select(tei, "//tei:text//tei:note")) {
            String id = epub.string(note, "@xml:id");
            String expected = comparable(epub.string(note, READER_TEXT));
            String found = id.isEmpty() ? null : asides.get(id);
            if (found == null ? asides.values().stream().noneMatch(a -> a.contains(expected)) : !found.contains(expected)) {
                missing.add((id.isEmpty() ? "(no id) " : id + ": ") + shorten(expected));
            }
        }
        return missing;
    }

    /**
     * Every note mark links to a footnote aside in its own document, which links back to the
     * mark; numbered footnotes count through the whole book, ① ② … in a Chinese document, 1 2 …
     * in a Western one, endnotes 1 2 … apart.
     */
    List<String> brokenNoteLinks() throws SaxonApiException {
        List<String> problems = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (Map.Entry<String, XdmNode> document : documents.entrySet()) {
            XdmNode root = document.getValue();
            for (XdmItem ref : epub.select(root, "//h:a[@epub:type = 'noteref']")) {
                String href = epub.string(ref, "@href");
                String refId = epub.string(ref, "@id");
                String where = document.getKey() + " " + href;
                if (!epub.string(ref, "@role").equals("doc-noteref") || !href.startsWith("#")) {
                    problems.add(where + ": not a doc-noteref to a fragment of the same document");
                    continue;
                }
                XdmItem aside = first(epub.select(root, "//h:aside[@id = '" + href.substring(1) + "']"));
                if (aside == null) {
                    problems.add(where + ": no aside with that id in the same document");
                    continue;
                }
                if (!epub.string(aside, "@epub:type").equals("footnote") || !epub.string(aside, "@role").equals("doc-footnote")) {
                    problems.add(where + ": target is not an epub:type=footnote, role=doc-footnote aside");
                }
                if (epub.select(aside, ".//h:a[@role = 'doc-backlink'][@href = '#" + refId + "']").isEmpty()) {
                    problems.add(where + ": the note has no link back to #" + refId);
                }
                marks.add(epub.string(ref, "."));
            }
        }
        List<String> expected = new ArrayList<>();
        int footnotes = 0;
        int endnotes = 0;
        // Chinese print circles footnote numbers, per page; an EPUB has no pages, so they restart
        // in every chapter (a top-level div, one document). Western documents number 1, 2, 3.
        boolean circledFootnotes = epub.string(tei, "/tei:TEI/@xml:lang").startsWith("zh");
        String chapter = "";
        for (XdmItem note : epub.select(tei, "//tei:text//tei:note")) {
            String n = epub.string(note, "@n");
            boolean end = epub.string(note, "@place").equals("end");
            String noteChapter = epub.string(note,
                    "generate-id(ancestor::tei:div[parent::tei:front or parent::tei:body or parent::tei:back])");
            if (circledFootnotes && !noteChapter.equals(chapter)) {
                chapter = noteChapter;
                footnotes = 0;
            }
            expected.add(!n.isEmpty() ? n : end ? String.valueOf(++endnotes)
                    : circledFootnotes ? circled(++footnotes) : String.valueOf(++footnotes));
        }
        if (!marks.equals(expected)) {
            problems.add("note marks in reading order are " + marks + ", expected " + expected);
        }
        return problems;
    }

    /** Every ptr target of the source is a live link. */
    List<String> unlinkedPointers() throws SaxonApiException {
        Set<String> hrefs = new HashSet<>();
        for (XdmNode document : documents.values()) {
            epub.select(document, "//h:a/@href").forEach(href -> hrefs.add(href.getStringValue()));
        }
        List<String> missing = new ArrayList<>();
        for (XdmItem target : epub.select(tei, "//tei:text//tei:ptr/@target[not(starts-with(., '#'))]")) {
            if (!hrefs.contains(target.getStringValue())) {
                missing.add(target.getStringValue());
            }
        }
        return missing;
    }

    /**
     * Every document declares the source's language; Russian references carry lang and
     * xml:lang ru; Chinese titles are in 《》.
     */
    List<String> languageAndTitleProblems() throws SaxonApiException {
        List<String> problems = new ArrayList<>();
        int russian = count(tei, "//tei:text//tei:bibl[@xml:lang = 'ru']");
        int russianXhtml = 0;
        int chineseTitles = count(tei, "//tei:text//tei:title[starts-with(ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'zh')]");
        int bracketed = 0;
        String mainLanguage = epub.string(tei, "/tei:TEI/@xml:lang");
        for (Map.Entry<String, XdmNode> entry : documents.entrySet()) {
            XdmNode document = entry.getValue();
            if (count(document, "/h:html[@lang = '" + mainLanguage + "'][@xml:lang = '" + mainLanguage + "']") != 1) {
                problems.add(entry.getKey() + " does not declare lang and xml:lang " + mainLanguage);
            }
            // The reference list repeats the citations of the notes.
            russianXhtml += count(document, "//*[tokenize(@class) = 'bibl'][@lang = 'ru'][@xml:lang = 'ru']"
                    + "[not(ancestor::h:li[tokenize(@class) = 'reference'])]");
            bracketed += count(document, "//h:cite[starts-with(., '《')][ends-with(., '》')]"
                    + "[not(ancestor::h:li[tokenize(@class) = 'reference'])]");
        }
        if (russian != russianXhtml) {
            problems.add(russian + " Russian bibls in the source, " + russianXhtml + " with lang=ru in the XHTML");
        }
        if (chineseTitles != bracketed) {
            problems.add(chineseTitles + " Chinese titles in the source, " + bracketed + " in 《》 in the XHTML");
        }
        return problems;
    }

    /**
     * The embedded fonts are subsets that hold a glyph for every character the text sets: in
     * the regular faces for body text, in the bold faces for headings and labels.
     */
    List<String> missingGlyphs() throws SaxonApiException, IOException {
        Map<String, CmapLookup> fonts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : epub.names()) {
            if (name.endsWith(".ttf")) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(epub.bytes(name)))) {
                    if (font.getNumberOfGlyphs() > 5000) {
                        problems.add(name + " has " + font.getNumberOfGlyphs() + " glyphs: not a subset");
                    }
                    fonts.put(name.substring(name.lastIndexOf('/') + 1), font.getUnicodeCmapLookup());
                }
            }
        }
        String bold = "ancestor::h:h1 | ancestor::h:h2 | ancestor::h:h3 | ancestor::h:h4 | ancestor::*[tokenize(@class) = 'label']";
        Set<Integer> regular = new TreeSet<>();
        Set<Integer> heavy = new TreeSet<>();
        for (XdmNode document : documents.values()) {
            regular.addAll(codePoints(document, "//h:body//text()[not(" + bold + ")]"));
            heavy.addAll(codePoints(document, "//h:body//text()[" + bold + "]"));
        }
        problems.addAll(uncovered("regular", regular, fonts, "NotoSerifSC-Regular.ttf", "NotoSerif-Regular.ttf"));
        problems.addAll(uncovered("bold", heavy, fonts, "NotoSerifSC-Bold.ttf", "NotoSerif-Bold.ttf"));
        return problems;
    }

    private Set<Integer> codePoints(XdmNode document, String expression) throws SaxonApiException {
        Set<Integer> used = new TreeSet<>();
        for (XdmItem text : epub.select(document, expression)) {
            text.getStringValue().codePoints().filter(c -> !Character.isWhitespace(c) && !isInvisible(c))
                    .forEach(used::add);
        }
        return used;
    }

    private static List<String> uncovered(String style, Set<Integer> used, Map<String, CmapLookup> fonts,
            String... faces) {
        List<String> problems = new ArrayList<>();
        StringBuilder missing = new StringBuilder();
        for (int c : used) {
            boolean covered = false;
            for (String face : faces) {
                CmapLookup cmap = fonts.get(face);
                covered |= cmap != null && cmap.getGlyphId(c) != 0;
            }
            if (!covered) {
                missing.appendCodePoint(c).append(String.format("(U+%04X) ", c));
            }
        }
        if (missing.length() > 0) {
            problems.add("no " + style + " glyph in " + List.of(faces) + " for " + missing);
        }
        return problems;
    }

    private int count(XdmNode context, String expression) throws SaxonApiException {
        return epub.select(context, expression).size();
    }

    private static XdmItem first(net.sf.saxon.s9api.XdmValue value) {
        return value.isEmpty() ? null : value.itemAt(0);
    }

    private static String comparable(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c) && GENERATED.indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Format characters (such as the word joiner before note marks) have no glyph to show. */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** ①–⑳ U+2460, ㉑–㉟ U+3251, ㊱–㊿ U+32B1: three Unicode blocks, worked out here independently. */
    private static String circled(long n) {
        int codePoint = n <= 20 ? 0x2460 + (int) n - 1 : n <= 35 ? 0x3251 + (int) n - 21 : 0x32B1 + (int) n - 36;
        return Character.toString(codePoint);
    }
}
